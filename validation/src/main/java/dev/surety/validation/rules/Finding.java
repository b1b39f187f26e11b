package dev.surety.validation.rules;

import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * What a constraint validator found: the final message (built in Java, never a template), the help
 * line, the range at fault and the related places. It rides on the violation as Hibernate
 * Validator's dynamic payload, so no draft text ever reaches message interpolation.
 */
public final class Finding {
  private final String message;
  private final Optional<String> help;
  private final SourceRange range;
  private final List<RelatedLocation> related;

  private Finding(String message, Optional<String> help, SourceRange range, List<RelatedLocation> related) {
    this.message = message;
    this.help = help;
    this.range = range;
    this.related = List.copyOf(related);
  }

  public static Finding at(SourceRange range, String message) {
    return new Finding(message, Optional.empty(), range, List.of());
  }

  public Finding help(String help) {
    return new Finding(message, Optional.of(help), range, related);
  }

  public Finding related(SourceRange where, String what) {
    return related(List.of(RelatedLocation.of(where, what)));
  }

  /**
   * This finding with {@code more} related places after its own, all at once: a rule relating
   * one place per element (each commitment of a guarantor, each veto holder) calls this once, not
   * {@link #related(SourceRange, String)} per element, which copies the list each time
   * (150,000 commitments of one guarantor took 40 s).
   */
  public Finding related(List<RelatedLocation> more) {
    List<RelatedLocation> all = new java.util.ArrayList<>(related.size() + more.size());
    all.addAll(related);
    all.addAll(more);
    return new Finding(message, help, range, all);
  }

  public String message() {
    return message;
  }

  public Optional<String> help() {
    return help;
  }

  public SourceRange range() {
    return range;
  }

  public List<RelatedLocation> related() {
    return related;
  }
}
