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
        library for every arrangement that includes the file, and are not reported. While a \
        reference in the arrangement names an id that is not declared (SUR101: `on atack`), it \
        may mean any declaration of its kind, so no party, organisation or coalition (for a \
        reference to one of those) or no trigger (for an `on`) is reported; correct the \
        reference first.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          party FR "France".
          UK military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          party FR "France".
          UK, FR military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = UnusedDeclaration.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnusedDeclaration {
  Severity severity() default Severity.INFO;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Collects every reference and reports own declarations that none names; none of a kind that a
   * reference naming no declaration may have meant (docs/validation.md).
   */
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
      References refs = new References(a);
      // loops rather than a lambda per list (C1 creates each capturing lambda through the VM)
      refs.actors(a.beneficiaries(), false);
      refs.actors(a.against(), false);
      for (Commitment c : a.allCommitments()) {
        refs.actors(c.parties(), false);
        refs.triggers(c.triggers());
        refs.actors(c.channels(), false);
        refs.actors(c.recipients(), false);
      }
      for (ForceLevel f : a.allForceLevels()) {
        refs.actor(f.party(), false);
      }
      for (Coalition c : a.coalitions()) {
        refs.actors(c.members(), c.shared());
        refs.actors(c.leaders(), c.shared());
      }
      for (Organisation o : a.organisations()) {
        refs.actors(o.veto(), o.shared());
        refs.actors(o.members(), o.shared());
      }
      for (Trigger t : a.triggers()) {
        refs.actors(t.by(), t.shared());
        if (t.against().isPresent()) {
          refs.actor(t.against().get(), t.shared());
        }
      }
      for (Declaration d : a.declarations()) {
        boolean trigger = d instanceof Trigger;
        if (!d.shared() && !(trigger ? refs.usedTriggers : refs.usedActors).contains(d.id())
            && !(trigger ? refs.undeclaredTrigger : refs.undeclaredActor)) {
          out.accept(Finding.at(d.range(), d.keyword() + " " + d.id()
                  + (d instanceof Actor ? " \"" + ((Actor) d).name() + "\"" : "")
                  + " is declared in arrangement \"" + a.title() + "\" but never referred to")
              .help("refer to " + d.id() + " or remove its declaration"));
        }
      }
    }

    /**
     * The ids an arrangement refers to, and whether one of its references names no declaration of
     * the kind it refers to (an actor: a party, organisation or coalition; or a trigger). Such a
     * reference is reported undeclared (SUR101) and may mean any own declaration of that kind, so
     * none of them is reported unused. A reference in a file-level declaration cannot mean one of
     * the arrangement's, and only counts as a use.
     */
    private static final class References {
      final Arrangement arrangement;
      /** Triggers have a namespace of their own (LANGUAGE.md): a trigger and a party may share an id. */
      final Set<String> usedActors = new HashSet<>();
      final Set<String> usedTriggers = new HashSet<>();
      boolean undeclaredActor;
      boolean undeclaredTrigger;

      References(Arrangement arrangement) {
        this.arrangement = arrangement;
      }

      void actors(List<Reference> refs, boolean shared) {
        for (Reference r : refs) {
          actor(r, shared);
        }
      }

      void actor(Reference r, boolean shared) {
        usedActors.add(r.id());
        if (!shared && !undeclaredActor && arrangement.actor(r.id()).isEmpty()) {
          undeclaredActor = true;
        }
      }

      void triggers(List<Reference> refs) {
        for (Reference r : refs) {
          usedTriggers.add(r.id());
          if (!undeclaredTrigger && arrangement.trigger(r.id()).isEmpty()) {
            undeclaredTrigger = true;
          }
        }
      }
    }
  }
}
