package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Located;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.validation.Rule;
import dev.surety.validation.analysis.Analysis;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** SUR201: a guarantor's military commitment is not covered by its legislature's approval. */
@Rule(
    code = "SUR201",
    name = "missing-legislative-approval",
    summary = "A guarantor that declares a legislature makes a military commitment that no ratification or approval by that legislature covers.",
    explanation = """
        A commitment that a government makes alone binds only that government: any US \
        commitment binds future administrations only with Congressional approval, and the \
        Budapest Memorandum was never put to any legislature. When a guarantor declares a \
        legislature, each of its military commitments needs that body's ratification or \
        approval, on the commitment (`; requires Congress ratification`) or for the whole \
        arrangement (`requires Congress ratification.`). A party may declare several (the US \
        Senate, which consents to treaties, and Congress, which approves agreements): the \
        approval of any one of them binds it. A `requires` that names a body the guarantor does \
        not declare covers none of its commitments; when that name is within two edits of a \
        legislature that has to approve (`requires Congres ratification`), the finding says so \
        and asks for the name to be corrected rather than for a second `requires`.""",
    failingExample = """
        arrangement "US-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party US "United States"; legislature Congress.
          US military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "US-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party US "United States"; legislature Congress.
          US military aid: air defence; requires Congress ratification.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = MissingLegislativeApproval.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingLegislativeApproval {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Every military commitment of every guarantor with a legislature. */
  final class Validator extends Check<MissingLegislativeApproval, Arrangement> {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /** A {@code requires} whose body is a misspelling of one of the missing legislatures. */
    record Misspelt(RatificationRequirement requirement, Located<String> legislature) {}

    /**
     * The commitment's, else the arrangement's, {@code requires} whose body is within two edits of
     * a legislature that has to approve (and is no legislature any party declares): what the
     * drafter meant to write, which covers nothing as it is written.
     */
    private static Optional<Misspelt> misspelt(Arrangement a, Commitment c,
        List<Located<String>> missing, Set<String> declared) {
      for (List<RatificationRequirement> requirements : List.of(c.requirements(), a.requirements())) {
        for (RatificationRequirement r : requirements) {
          String key = Analysis.bodyKey(r.body());
          if (declared.contains(key)) {
            continue;
          }
          for (Located<String> l : missing) {
            int d = DISTANCE.apply(key, Analysis.bodyKey(l.value()));
            if (d > 0) {
              return Optional.of(new Misspelt(r, l));
            }
          }
        }
      }
      return Optional.empty();
    }

    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      Analysis analysis = Analysis.of(a);
      Set<String> declared = null;
      for (String g : analysis.guarantors()) {
        for (Commitment c : analysis.commitmentsOf(g)) {
          if (!c.isMilitary()) {
            continue;
          }
          List<Located<String>> missing = analysis.missingApprovals(g, c);
          if (missing.isEmpty()) {
            continue;
          }
          // of several legislatures any one's approval binds: one finding, the first named
          Located<String> first = missing.get(0);
          String body = Analysis.asWritten(first.value());
          String others = missing.size() == 1 ? ""
              : " (or the ratification or approval of another of its legislatures)";
          String message = g + " makes a military commitment (" + c.kind().text() + ", "
              + Check.line(c.range()) + ") that "
              + (missing.size() == 1 ? first.value() + " never has to approve"
                  : "none of its legislatures (" + Analysis.names(missing) + ") has to approve");
          Optional<Misspelt> misspelt = Optional.empty();
          if (!c.requirements().isEmpty() || !a.requirements().isEmpty()) {
            if (declared == null) { // every party's legislatures, once per arrangement
              declared = new HashSet<>();
              for (Party p : a.parties()) {
                for (Located<String> l : p.legislatures()) {
                  declared.add(Analysis.bodyKey(l.value()));
                }
              }
            }
            misspelt = misspelt(a, c, missing, declared);
          }
          Finding finding;
          if (misspelt.isPresent()) {
            // `requires Congres ratification`: to add another requires would leave the wrong one
            RatificationRequirement r = misspelt.get().requirement();
            String written = "requires " + Analysis.asWritten(r.body()) + " "
                + r.act().canonical();
            String meant = "requires " + Analysis.asWritten(misspelt.get().legislature().value())
                + " " + r.act().canonical();
            finding = Finding.at(c.range(), message + ": `" + written + "` names no legislature of "
                    + g + " (did you mean `" + misspelt.get().legislature().value() + "`?)")
                .help("write `" + meant + "` for `" + written + "` (" + Check.line(r.range()) + ")")
                .related(r.range(), "`" + written + "` is written here");
          } else {
            Finding plain = Finding.at(c.range(), message);
            Optional<Phrase<?>> item = Check.qualifierAsItem(c, "requires");
            finding = item.isPresent() ? Check.qualifierAsItem(plain, item.get())
                : plain.help("add `; requires " + body + " ratification` to the commitment"
                    + others + ", or `requires " + body + " ratification.` to the arrangement");
          }
          for (Located<String> legislature : missing) {
            finding = finding.related(legislature.range(),
                g + " declares legislature " + legislature.value());
          }
          out.accept(finding);
        }
      }
    }
  }
}
