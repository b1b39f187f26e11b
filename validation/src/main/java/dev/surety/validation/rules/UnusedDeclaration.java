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
import java.util.function.Consumer;
import dev.surety.core.model.Actor;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Declaration;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SUR114: a declaration inside an arrangement is never referred to. */
@Rule(
    code = "SUR114",
    name = "unused-declaration",
    summary = "A party, organisation, coalition or trigger declared inside an arrangement is never referred to.",
    explanation = """
        A declaration that nothing refers to is usually a commitment that was forgotten, or a \
        trigger that no commitment is activated by. Declarations at file level are a shared \
        library for every arrangement that includes the file, and are not reported.""",
    failingExample = """
        arrangement "Guarantees" {
          beneficiary UA.
          party UA "Ukraine".
          trigger attack: armed attack.
        }""",
    passingExample = """
        arrangement "Guarantees" {
          beneficiary UA.
          party UA "Ukraine".
          trigger attack: armed attack.
          US backstop: air defence; on attack.
        }""")
@Constraint(validatedBy = UnusedDeclaration.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnusedDeclaration {
  Severity severity() default Severity.INFO;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Collects every reference and reports own declarations that none names. */
  final class Validator extends Check<UnusedDeclaration, Arrangement> {
    /** The statements that name no party, organisation, coalition or trigger. */
    private static final Set<String> NAMES_NO_ID = Set.of("kind", "status", "dated", "instrument",
        "covers", "modeled", "duration", "withdrawal", "condition", "requires");

    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      for (String statement : a.unread()) {
        if (!NAMES_NO_ID.contains(statement)) {
          return; // a statement that could not be read may be the one that refers to it
        }
      }
      Set<String> used = new HashSet<>();
      // loops rather than a lambda per list (C1 creates each capturing lambda through the VM)
      addIds(a.beneficiaries(), used);
      addIds(a.against(), used);
      for (Commitment c : a.allCommitments()) {
        addIds(c.parties(), used);
        addIds(c.triggers(), used);
        addIds(c.channels(), used);
        addIds(c.recipients(), used);
      }
      for (ForceLevel f : a.allForceLevels()) {
        used.add(f.party().id());
      }
      for (Coalition c : a.coalitions()) {
        addIds(c.members(), used);
        addIds(c.leaders(), used);
      }
      for (Organisation o : a.organisations()) {
        addIds(o.veto(), used);
        addIds(o.members(), used);
      }
      for (Trigger t : a.triggers()) {
        addIds(t.by(), used);
        if (t.against().isPresent()) {
          used.add(t.against().get().id());
        }
      }
      for (Declaration d : a.declarations()) {
        if (!d.shared() && !used.contains(d.id())) {
          out.accept(Finding.at(d.range(), d.keyword() + " " + d.id()
                  + (d instanceof Actor ? " \"" + ((Actor) d).name() + "\"" : "")
                  + " is declared in arrangement \"" + a.title() + "\" but never referred to")
              .help("refer to " + d.id() + " or remove its declaration"));
        }
      }
    }

    private static void addIds(List<Reference> refs, Set<String> ids) {
      for (Reference r : refs) {
        ids.add(r.id());
      }
    }
  }
}
