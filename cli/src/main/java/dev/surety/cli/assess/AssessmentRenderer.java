package dev.surety.cli.assess;

import dev.surety.validation.assessment.Assessment;
import java.io.IOException;
import java.util.List;

/**
 * Writes the assessments of {@code surety assess} in one format. Implementations are stateless;
 * they write the whole document, ending with a newline, and never close {@code out}.
 */
@FunctionalInterface
public interface AssessmentRenderer {

  /**
   * @param assessments one per arrangement, in the order of the files and of the arrangements in
   *     each
   * @param paths how to show a reported file name (relative to the compilation root) to the user
   */
  void render(List<Assessment> assessments, PathDisplay paths, Appendable out) throws IOException;
}
