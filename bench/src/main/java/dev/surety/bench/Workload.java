package dev.surety.bench;

import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Compilation;
import dev.surety.dsl.SuretyCompiler;
import dev.surety.dsl.json.ArrangementJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drafts every throughput benchmark reads: {@link #DRAFTS} generated drafts with the corpus's
 * sizes (1 KB to 16 KB), and the same arrangements in the {@code compile} JSON schema.
 */
public final class Workload {

  /** How many drafts one benchmark operation reads. */
  public static final int DRAFTS = 64;

  public final List<String> drafts = new ArrayList<>();
  public final List<String> names = new ArrayList<>();
  /** For each draft, its arrangements as {@code surety compile} writes them. */
  public final List<List<String>> json = new ArrayList<>();
  public final long draftBytes;
  public final long jsonBytes;

  public Workload() {
    SplittableRandom sizes = new SplittableRandom(20261123L);
    SuretyCompiler compiler = SuretyCompiler.create();
    long bytes = 0;
    long jsonTotal = 0;
    for (int i = 0; i < DRAFTS; i++) {
      String text = DraftGenerator.draft(1000 + i, DraftGenerator.corpusSize(sizes));
      String name = "draft-" + i + ".surety";
      Compilation compilation = compiler.compile(text, name);
      if (compilation.hasErrors()) {
        throw new IllegalStateException("generated draft " + name + " does not compile: "
            + compilation.diagnostics().get(0));
      }
      List<String> forms = new ArrayList<>();
      for (Arrangement arrangement : compilation.arrangements()) {
        String form = ArrangementJson.write(arrangement);
        forms.add(form);
        jsonTotal += form.getBytes(StandardCharsets.UTF_8).length;
      }
      drafts.add(text);
      names.add(name);
      json.add(forms);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    this.draftBytes = bytes;
    this.jsonBytes = jsonTotal;
  }
}
