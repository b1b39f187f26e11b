package dev.surety.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private SuretyConfig read(String json) throws IOException {
    Path file = Files.writeString(dir.resolve(".surety.json"), json);
    return ConfigLoader.read(file, ".surety.json");
  }

  @Test
  void readsTheDocumentedShape() throws IOException {
    SuretyConfig config = read("""
        {"severity": {"SUR107": "off", "SUR201": "error"},
         "failOn": "warning",
         "limits": {"maxFileBytes": 1048576, "maxIncludeDepth": 8}}
        """);
    assertThat(config.severity()).containsExactly(
        Map.entry("SUR107", "off"), Map.entry("SUR201", "error"));
    assertThat(config.failOn()).contains(FailOn.WARNING);
    assertThat(config.limits()).containsExactly(
        Map.entry("maxFileBytes", 1_048_576L), Map.entry("maxIncludeDepth", 8L));
    assertThat(config.file()).contains(dir.resolve(".surety.json"));
  }

  /** A file too large to be a configuration is refused before it is read whole. */
  @Test
  void aFileLargerThanAConfigurationIsRefused() throws IOException {
    String big = "{\"failOn\": \"warning\"}" + " ".repeat(ConfigLoader.MAX_BYTES);
    assertThatThrownBy(() -> read(big)).isInstanceOf(CliException.class).hasMessage(
        ".surety.json: larger than 1 MiB; a configuration is a few lines of JSON or TOML");
    assertThat(read(big.substring(0, ConfigLoader.MAX_BYTES)).failOn())
        .contains(FailOn.WARNING);
  }

  /** A file that is not UTF-8 is named so: Java's own words were "input length = 1". */
  @Test
  void aFileThatIsNotUtf8IsNamedSo() throws IOException {
    Path file = Files.write(dir.resolve(".surety.json"),
        new byte[] {'{', '"', 'f', (byte) 0xE9, '"', ':', '1', '}'});
    assertThatThrownBy(() -> ConfigLoader.read(file, ".surety.json"))
        .isInstanceOf(CliException.class).hasMessage(".surety.json: not UTF-8 text; a "
            + "configuration is JSON or TOML, saved as UTF-8");
  }

  @Test
  void anEmptyObjectChangesNothing() throws IOException {
    SuretyConfig config = read("{}");
    assertThat(config.severity()).isEmpty();
    assertThat(config.failOn()).isEmpty();
    assertThat(config.limits()).isEmpty();
  }

  @Test
  void malformedJsonNamesTheFileAndThePlace() {
    assertThatThrownBy(() -> read("{\n  \"failOn\": \"warning\",,\n}"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith(".surety.json:2:")
        .hasMessageNotContaining("\n");
  }

  @Test
  void problemsOfShapeAreOneLine() {
    assertThatThrownBy(() -> read("{\"severities\": {}}")).hasMessage(
        ".surety.json: unknown key \"severities\" (expected severity, failOn, limits)");
    assertThatThrownBy(() -> read("[]")).hasMessage(
        ".surety.json: expected a JSON object at the top level");
    assertThatThrownBy(() -> read("")).hasMessage(
        ".surety.json: empty file; expected a JSON object");
    assertThatThrownBy(() -> read("{\"failOn\": \"sometimes\"}")).hasMessage(
        ".surety.json: failOn \"sometimes\" is not one of error, warning, info or never");
    assertThatThrownBy(() -> read("{\"severity\": {\"SUR107\": 3}}")).hasMessage(
        ".surety.json: severity of SUR107 must be a string: error, warning, info or off");
    assertThatThrownBy(() -> read("{\"limits\": {\"maxFileBytes\": -1}}")).hasMessage(
        ".surety.json: limit maxFileBytes must be a positive integer, not -1");
    assertThatThrownBy(() -> read("{\"limits\": {\"maxFiles\": 1}}")).hasMessage(
        ".surety.json: unknown limit \"maxFiles\" (expected maxFileBytes, maxListItems, "
            + "maxLineLength, maxNestingDepth, maxIncludeDepth)");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> read("{\"failOn\": \"error\", \"failOn\": \"never\"}"))
        .isInstanceOf(CliException.class).hasMessageContaining("Duplicate field 'failOn'");
  }

  @Test
  void isLookedUpFromTheWorkingDirectoryUpward() throws IOException {
    Files.writeString(dir.resolve(".surety.json"), "{\"failOn\": \"info\"}");
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    SuretyConfig config = ConfigLoader.load(Optional.empty(), null, deep);
    assertThat(config.failOn()).contains(FailOn.INFO);
    assertThat(ConfigLoader.find(deep)).contains(dir.resolve(".surety.json"));
  }

  @Test
  void theNearestFileWins() throws IOException {
    Files.writeString(dir.resolve(".surety.json"), "{\"failOn\": \"info\"}");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve(".surety.json"), "{\"failOn\": \"never\"}");
    assertThat(ConfigLoader.load(Optional.empty(), null, sub).failOn()).contains(FailOn.NEVER);
  }

  @Test
  void anExplicitFileThatIsMissingIsNamedAsWritten() {
    assertThatThrownBy(() ->
        ConfigLoader.load(Optional.of(dir.resolve("nope.json")), "nope.json", dir))
        .isInstanceOf(CliException.class).hasMessage("nope.json: no such file or directory");
  }

  private SuretyConfig readToml(String toml) throws IOException {
    Path file = Files.writeString(dir.resolve("surety.toml"), toml);
    return ConfigLoader.read(file, "surety.toml");
  }

  @Test
  void suretyTomlIsReadWithTheSameKeys() throws IOException {
    // RULES.md: "config file `surety.toml` or `.surety.json` at the root"
    SuretyConfig config = readToml("""
        failOn = "warning"

        [severity]
        SUR107 = "off"
        SUR201 = "error"

        [limits]
        maxFileBytes = 1048576
        maxIncludeDepth = 8
        """);
    assertThat(config.severity()).containsExactly(
        Map.entry("SUR107", "off"), Map.entry("SUR201", "error"));
    assertThat(config.failOn()).contains(FailOn.WARNING);
    assertThat(config.limits()).containsExactly(
        Map.entry("maxFileBytes", 1_048_576L), Map.entry("maxIncludeDepth", 8L));
    assertThat(readToml("").failOn()).isEmpty(); // an empty document: every key is optional
    assertThatThrownBy(() -> readToml("severity = \"off\"\n")).hasMessage(
        "surety.toml: severity must be a table from rule code to level");
    assertThatThrownBy(() -> readToml("[limits]\nmaxFileBytes = 0\n")).hasMessage(
        "surety.toml: limit maxFileBytes must be a positive integer, not 0");
    assertThatThrownBy(() -> readToml("severities = 1\n")).hasMessage(
        "surety.toml: unknown key \"severities\" (expected severity, failOn, limits)");
    assertThatThrownBy(() -> readToml("failOn = \"error\"\nfailOn = \"never\"\n"))
        .isInstanceOf(CliException.class).hasMessageStartingWith("surety.toml:").hasMessageEndingWith(": Duplicate key");
    assertThatThrownBy(() -> readToml("[severity\n")).isInstanceOf(CliException.class)
        .hasMessageStartingWith("surety.toml:");
  }

  @Test
  void suretyTomlIsFoundLikeSuretyJsonAndBothInOneDirectoryIsAnError() throws IOException {
    Files.writeString(dir.resolve("surety.toml"), "failOn = \"info\"\n");
    Path deep = Files.createDirectories(dir.resolve("a/b"));
    assertThat(ConfigLoader.load(Optional.empty(), null, deep).failOn()).contains(FailOn.INFO);
    // the nearer file wins, whichever its format
    Files.writeString(dir.resolve("a/.surety.json"), "{\"failOn\": \"never\"}");
    assertThat(ConfigLoader.load(Optional.empty(), null, deep).failOn()).contains(FailOn.NEVER);
    Files.writeString(dir.resolve("a/surety.toml"), "failOn = \"warning\"\n");
    assertThatThrownBy(() -> ConfigLoader.find(deep)).isInstanceOf(CliException.class)
        .hasMessage(dir.resolve("a") + ": both .surety.json and surety.toml configure Surety here;"
            + " keep one");
  }

  @Test
  void aByteOrderMarkIsDroppedAsInDrafts() throws IOException {
    assertThat(read("\uFEFF{\"failOn\": \"warning\"}").failOn()).contains(FailOn.WARNING);
    Path toml = Files.writeString(dir.resolve("surety.toml"), "\uFEFFfailOn = \"warning\"\n");
    assertThat(ConfigLoader.read(toml, "surety.toml").failOn()).contains(FailOn.WARNING);
    // and places count from the character after it, as in drafts
    assertThatThrownBy(() -> read("\uFEFF{\"failOn\": \"error\"} {}")).hasMessage(
        ".surety.json:1:21: more than one JSON value; a configuration is one object");
  }

  @Test
  void twoJsonValuesAreNamedWithoutJacksonsOwnWords() throws IOException {
    assertThatThrownBy(() -> read("{\"failOn\": \"error\"} {}")).hasMessage(
        ".surety.json:1:21: more than one JSON value; a configuration is one object");
  }

  /** Jackson's "[Source: REDACTED (`StreamReadFeature...` disabled); line: 1, column: 1]". */
  @Test
  void anUnclosedObjectIsNamedWithoutJacksonsOwnWords() {
    assertThatThrownBy(() -> read("{\"failOn\": \"error\"")).hasMessage(
        ".surety.json:1:19: the file ends before the object that opens at 1:1 is closed");
    assertThatThrownBy(() -> read("{\"severity\": {\n  \"SUR107\": \"off\"\n}")).hasMessage(
        ".surety.json:3:2: the file ends before the object that opens at 1:1 is closed");
  }
}
