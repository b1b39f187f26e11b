package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Reference;
import dev.surety.validation.analysis.Analysis;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SUR109: a coalition names no members, fewer than its size, or a leader who is no member. */
@Rule(
    code = "SUR109",
    name = "incomplete-coalition",
    summary = "A coalition names no members, names fewer than its `size`, or a leader is not a member.",
    explanation = """
        A coalition's promise is only as good as the states that make it. A coalition without \
        members, or with fewer members named than the `size` it claims, leaves open who is \
        actually bound; a leader who is not a member cannot lead it. Name the members that \
        have signed up, and keep `size` for the intended number.""",
    failingExample = """
        arrangement "Coalition of the Willing" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          party FR "France".
          coalition CoW "Coalition of the Willing": UK; led by UK, FR.
          CoW military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "Coalition of the Willing" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          party FR "France".
          coalition CoW "Coalition of the Willing": UK, FR; led by UK, FR.
          CoW military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = IncompleteCoalition.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IncompleteCoalition {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one coalition. */
  final class Validator extends Check<IncompleteCoalition, Coalition> {
    @Override
    protected void check(Coalition c, Consumer<Finding> out) {
      String who = "coalition " + c.id() + " \"" + c.name() + "\"";
      if (c.members().isEmpty()) {
        out.accept(Finding.at(c.range(), who + " names no members")
            .help("list the members after a colon: `coalition " + c.id() + " \"" + c.name() + "\": UK, FR.`"));
      } else if (c.size().isPresent()) {
        // a member named twice is one member (the compiler reports the repetition, SUR102)
        List<Reference> members = Analysis.once(c.members());
        int named = members.size();
        if (BigInteger.valueOf(named).compareTo(c.size().get().value()) < 0) {
          out.accept(Finding.at(c.size().get().range().isKnown() ? c.size().get().range() : c.range(),
                  who + " names " + named + (named == 1 ? " member (" : " members (")
                      + Analysis.ids(members) + repeated(c.members(), named) + ") of its intended "
                      + c.size().get().value())
              .help("list the other members after the colon, or write `size " + named
                  + "` if the coalition is complete"));
        }
      }
      for (Reference leader : c.leaders()) {
        if (!c.hasMember(leader.id())) {
          out.accept(Finding.at(leader.range().isKnown() ? leader.range() : c.range(),
                  who + " is led by " + leader.id() + ", who is not a member")
              .help("add " + leader.id() + " to the members of " + c.id()));
        }
      }
    }

    /** {@code , named twice} ({@code UK, UK}), {@code ; UK named twice} ({@code UK, FR, UK}). */
    private static String repeated(List<Reference> members, int distinct) {
      Map<String, Integer> times = new LinkedHashMap<>();
      for (Reference r : members) {
        times.merge(r.id(), 1, Integer::sum);
      }
      List<String> again = new ArrayList<>();
      times.forEach((id, n) -> {
        if (n > 1) {
          again.add((distinct == 1 ? "" : id + " ") + "named " + (n == 2 ? "twice" : n + " times"));
        }
      });
      return again.isEmpty() ? "" : (distinct == 1 ? ", " : "; ") + String.join(", ", again);
    }
  }
}
