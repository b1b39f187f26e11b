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
import dev.surety.core.model.ForceLevel;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SUR301: a {@code limit} is lower than a {@code sustain} for the same party, force and unit. */
@Rule(
    code = "SUR301",
    name = "force-level-conflict",
    summary = "A `limit` is lower than a `sustain` for the same party, force and unit; both places are shown.",
    explanation = """
        `sustain UA armed forces: 800000 personnel.` promises support for a force of at least \
        that size; `limit UA armed forces: 600000 personnel.` caps it. Both cannot hold: the \
        adversary's demand for a smaller army contradicts the partners' promise. Raise the \
        limit or lower the sustained level.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          sustain UA armed forces: 800000 personnel.
          limit UA armed forces: 600000 personnel.
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
          UK military aid: air defence.
          sustain UA armed forces: 800000 personnel.
          limit UA armed forces: 850000 personnel.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = ForceLevelConflict.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ForceLevelConflict {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Compares each limit with the sustains of the same party, force and unit that are higher: the
   * sustains grouped by those three, highest first, so that the work grows with the force levels
   * and the findings, not with every limit times every sustain.
   */
  final class Validator extends Check<ForceLevelConflict, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      List<ForceLevel> all = a.allForceLevels();
      Map<String, List<Integer>> sustains = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).type() == ForceLevelType.SUSTAIN) {
          String key = key(all.get(i));
          List<Integer> same = sustains.get(key);
          if (same == null) {
            same = new ArrayList<>();
            sustains.put(key, same);
          }
          same.add(i);
        }
      }
      for (List<Integer> same : sustains.values()) {
        // highest first; among equal amounts, in the order of the file (the sort is stable)
        same.sort(new HighestFirst(all));
      }
      List<Integer> higher = new ArrayList<>();
      for (ForceLevel limit : all) {
        if (limit.type() != ForceLevelType.LIMIT) {
          continue;
        }
        List<Integer> same = sustains.get(key(limit));
        if (same == null) {
          continue;
        }
        higher.clear();
        for (int i = 0; i < same.size()
            && limit.amount().compareTo(all.get(same.get(i)).amount()) < 0; i++) {
          higher.add(same.get(i));
        }
        Collections.sort(higher); // each finding in the order of the file
        for (int i = 0; i < higher.size(); i++) {
          out.accept(finding(limit, all.get(higher.get(i))));
        }
      }
    }

    private static Finding finding(ForceLevel limit, ForceLevel sustain) {
      String p = limit.party().id();
      return Finding.at(limit.range(), "the limit of " + p + " " + limit.force() + " to "
              + limit.amount().toPlainString() + " " + limit.unit() + " (" + Check.line(limit.range())
              + ") is lower than the " + sustain.amount().toPlainString() + " " + sustain.unit()
              + " promised to be sustained (" + Check.line(sustain.range()) + ")")
          .help("raise the limit to at least " + sustain.amount().toPlainString()
              + " or lower the sustained level")
          .related(sustain.range(), "sustain " + p + " " + sustain.force() + ": "
              + sustain.amount().toPlainString() + " " + sustain.unit());
    }

    /**
     * The party, the force and the unit, as compared: normalised ({@link Vocabulary#normalize}),
     * the unit's last word in the singular, since {@code limit UA armed forces: 1 brigade.} and
     * {@code sustain UA armed forces: 10 brigades.} count the same unit.
     */
    static String key(ForceLevel level) {
      return level.party().id() + '\u0000' + Vocabulary.normalize(level.force()) + '\u0000'
          + singular(Vocabulary.normalize(level.unit()));
    }

    /** {@code brigades} to {@code brigade}, {@code companies} to {@code company}; {@code personnel} kept. */
    static String singular(String unit) {
      int n = unit.length();
      int word = unit.lastIndexOf(' ') + 1;
      if (n - word > 4 && unit.endsWith("ies")) {
        return unit.substring(0, n - 3) + "y";
      }
      if (n - word > 3 && unit.endsWith("s") && !unit.endsWith("ss")) {
        return unit.substring(0, n - 1);
      }
      return unit;
    }

    /** Sustains (indexes into the force levels) by amount, highest first. */
    private static final class HighestFirst implements Comparator<Integer> {
      private final List<ForceLevel> all;

      HighestFirst(List<ForceLevel> all) {
        this.all = all;
      }

      @Override
      public int compare(Integer x, Integer y) {
        return all.get(y).amount().compareTo(all.get(x).amount());
      }
    }
  }
}
