package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Surety;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which analysis of an open document is the latest: the one of its newest text. */
class OpenDocumentTest {

  @TempDir Path root;

  private Analysis analysed(OpenDocument doc, OpenDocument.Snapshot snapshot) {
    var report = Surety.builder().compilerOptions(CompilerOptions.builder().root(root).build())
        .assess(false).build().check(snapshot.text(), snapshot.target().fileName());
    return new Analysis(doc.uri(), snapshot.version(), snapshot.revision(), snapshot.text(),
        snapshot.target(), report, p -> null);
  }

  private OpenDocument document(int version, String text) {
    Workspace workspace = new Workspace(root);
    workspace.addFolder(root.toUri().toString());
    String uri = root.resolve("main.surety").toUri().toString();
    return new OpenDocument(uri, workspace.target(uri), version, text);
  }

  @Test
  void anAnalysisOfAnOlderTextIsNotKeptThoughItsVersionIsTheLatestAgain() {
    OpenDocument doc = document(5, "party US: state \"United States\".\n");
    OpenDocument.Snapshot five = doc.snapshot();
    // the editor numbers its versions again: 3, 4, then 5 with another text
    assertThat(doc.change(3, "party UK: state \"United Kingdom\".\n")).isFalse();
    assertThat(doc.change(4, "party FR: state \"France\".\n")).isTrue();
    assertThat(doc.change(5, "party DE: state \"Germany\".\n")).isTrue();
    Analysis late = analysed(doc, five);
    assertThat(late.version()).isEqualTo(doc.version());
    assertThat(doc.offer(late)).isFalse();
    assertThat(doc.analysis()).isNull();

    Analysis current = analysed(doc, doc.snapshot());
    assertThat(doc.offer(current)).isTrue();
    assertThat(doc.analysis().text()).contains("Germany");
  }

  @Test
  void theLatestTextIsCompiledOnceAndServedUntilItChanges() {
    OpenDocument doc = document(1, "party US: state \"United States\".\n");
    AtomicInteger compiled = new AtomicInteger();
    Analysis first = doc.latest(s -> {
      compiled.incrementAndGet();
      return analysed(doc, s);
    });
    assertThat(doc.latest(s -> analysed(doc, s))).isSameAs(first);
    // a change to a lower version is a change all the same: the analysis is made again
    doc.change(0, "party UK: state \"United Kingdom\".\n");
    Analysis second = doc.latest(s -> {
      compiled.incrementAndGet();
      return analysed(doc, s);
    });
    assertThat(second).isNotSameAs(first);
    assertThat(second.version()).isZero();
    assertThat(second.text()).contains("United Kingdom");
    assertThat(compiled).hasValue(2);
  }
}
