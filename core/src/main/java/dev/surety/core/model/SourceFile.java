package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One compiled {@code .surety} file: its includes, its file-level (shared) declarations, its
 * arrangements and its suppression comments.
 */
@Value.Immutable
public interface SourceFile {

  /** The file as reported (relative to the compilation root, with {@code /}). */
  String path();

  List<Include> includes();

  List<Party> parties();

  List<Organisation> organisations();

  List<Coalition> coalitions();

  List<Trigger> triggers();

  List<Arrangement> arrangements();

  List<Suppression> suppressions();

  /**
   * Whether the file's text was read: false for an included file whose bytes could not be had (an
   * I/O error, SUR002; over {@code maxFileBytes}, SUR003), which is named here but holds nothing,
   * and is not counted among the files checked.
   */
  @Value.Default
  default boolean read() {
    return true;
  }

  /**
   * Why the file's bytes could not be read, in words ({@code input/output error}), when an I/O
   * error kept them from being read (SUR002); empty otherwise, over {@code maxFileBytes} too. A
   * command line stops on a file it was given that it could not read (CLI.md: exit status 2).
   */
  Optional<String> readError();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableSourceFile.Builder builder() {
    return ImmutableSourceFile.builder();
  }
}
