package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.Rule;
import dev.surety.validation.analysis.Analysis;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.function.Consumer;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Located;

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
        approval of any one of them binds it.""",
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
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      Analysis analysis = Analysis.of(a);
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
          Finding finding = Finding.at(c.range(), g + " makes a military commitment ("
                  + c.kind().text() + ", " + Check.line(c.range()) + ") that "
                  + (missing.size() == 1 ? first.value() + " never has to approve"
                      : "none of its legislatures (" + Analysis.names(missing) + ") has to approve"))
              .help("add `; requires " + body + " ratification` to the commitment" + others
                  + ", or `requires " + body + " ratification.` to the arrangement");
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
