package dev.surety.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard input is refused when its descriptor names a file of the JVM's own. */
class StandardInputTest {

  @TempDir Path temp;

  private Path descriptorTo(String target) throws IOException {
    return Files.createSymbolicLink(temp.resolve("0"), Path.of(target));
  }

  @Test
  void aFileOfTheJavaRuntimeIsTheJvmsOwn() throws IOException {
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    Path descriptor = descriptorTo(home.resolve("lib/modules").toString());
    assertThat(StandardInput.isJvmFile(descriptor)).isTrue();
    StandardInput in = new StandardInput(
        new ByteArrayInputStream("party".getBytes(StandardCharsets.UTF_8)), descriptor);
    assertThat(StandardInput.isClosed(in)).isTrue();
    assertThatThrownBy(() -> in.readNBytes(10)).isInstanceOf(IOException.class)
        .hasMessage(StandardInput.CLOSED);
    assertThatThrownBy(in::read).hasMessage(StandardInput.CLOSED);
  }

  @Test
  void aClassDataArchiveIsTheJvmsOwn() throws IOException {
    assertThat(StandardInput.isJvmFile(descriptorTo("/somewhere/cli/target/surety-17.jsa")))
        .isTrue();
  }

  @Test
  void aDraftAPipeOrNoDescriptorAtAllIsRead() throws IOException {
    Path draft = Files.writeString(temp.resolve("draft.surety"), "party");
    assertThat(StandardInput.isJvmFile(descriptorTo(draft.toString()))).isFalse();
    Files.delete(temp.resolve("0"));
    assertThat(StandardInput.isJvmFile(descriptorTo("pipe:[69730]"))).isFalse();
    assertThat(StandardInput.isJvmFile(temp.resolve("no-such-descriptor"))).isFalse();
    StandardInput in = new StandardInput(
        new ByteArrayInputStream("party".getBytes(StandardCharsets.UTF_8)), temp.resolve("0"));
    assertThat(StandardInput.isClosed(in)).isFalse();
    assertThat(new String(in.readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("party");
    assertThat(StandardInput.isClosed(new ByteArrayInputStream(new byte[0]))).isFalse();
  }
}
