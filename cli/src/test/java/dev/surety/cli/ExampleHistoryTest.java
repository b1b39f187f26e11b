package dev.surety.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.dsl.diff.ImpactRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code surety diff} over the version history of examples/drafts/history, run in the
 * repository as a reader of the README would: every change is judged by its entry of the impact
 * table ({@link ImpactRule}), the changes are the ones the drafts make, and the README shows the
 * command's real output. Regenerate the README's section with
 * {@code mvn -q -pl cli -am test -Dtest=ExampleHistoryTest -Dsurety.docs.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExampleHistoryTest {

  static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
  static final Path README = REPOSITORY.resolve("README.md");
  static final String START =
      "<!-- history-diff:start (the output of the commands, pasted by ExampleHistoryTest; do not edit) -->";
  static final String END = "<!-- history-diff:end -->";

  static final String HISTORY = "examples/drafts/history/us-ukraine-v";

  record Run(int status, String out, String err) {}

  static Run surety(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment env = new CliEnvironment(REPOSITORY, Map.of(),
        new ByteArrayInputStream(new byte[0]), false);
    int status = SuretyCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** {@code surety diff} from version {@code v} to the next, as the README writes it. */
  static String[] diff(int v, String... options) {
    List<String> args = new ArrayList<>(List.of("diff"));
    args.addAll(List.of(options));
    args.addAll(List.of("--root", "examples/drafts", HISTORY + v + ".surety",
        HISTORY + (v + 1) + ".surety"));
    return args.toArray(String[]::new);
  }

  /** The rules that judged each change, in order, after checking each change's impact. */
  static List<String> rules(int v) throws IOException {
    Run run = surety(diff(v, "--format", "json", "--fail-on-weakening"));
    assertThat(run.status()).as(run.err()).isZero(); // nothing weakens
    assertThat(run.err()).isEmpty();
    JsonNode arrangements = new ObjectMapper().readTree(run.out()).get("arrangements");
    assertThat(arrangements).hasSize(1);
    List<String> rules = new ArrayList<>();
    for (JsonNode change : arrangements.get(0).get("changes")) {
      ImpactRule rule = ImpactRule.valueOf(
          change.get("rule").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      assertThat(change.get("impact").asText()).as(change.toString())
          .isEqualTo(rule.impact().spelling());
      // the table's description, then what the change does in this draft, if it says
      assertThat(change.get("reason").asText()).startsWith(rule.description());
      rules.add(rule.id() + " " + change.get("identity").asText());
    }
    return rules;
  }

  @Test
  void version2AddsTheLegalFormAndCongress() throws IOException {
    assertThat(rules(1)).containsExactly(
        "title-changed title",
        "instrument-binding-gained instrument",
        "ratification-added requires Congress");
  }

  @Test
  void version3AddsATriggerAndAResponseTime() throws IOException {
    assertThat(rules(2)).containsExactlyInAnyOrder(
        "title-changed title",
        "declaration-added trigger hostilities",
        "trigger-added commitment US military aid",
        "response-time-added commitment US military aid",
        "trigger-added commitment US intelligence sharing",
        "response-time-added commitment US intelligence sharing");
  }

  @Test
  void version4AddsAUsBackstopToTheCoalition() throws IOException {
    assertThat(rules(3)).containsExactly(
        "title-changed title",
        "declaration-added coalition CoW",
        "commitment-added commitment US backstop");
  }

  @Test
  void theReadmeShowsWhatTheCommandsPrint() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("the README's history-diff markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    StringBuilder section = new StringBuilder(START).append('\n');
    // every version against the next, as long as there is a next
    for (int v = 1; Files.exists(REPOSITORY.resolve(HISTORY + (v + 1) + ".surety")); v++) {
      Run run = surety(diff(v));
      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      section.append("\n```\n$ ./surety ").append(String.join(" ", diff(v))).append('\n')
          .append(run.out()).append("```\n");
    }
    section.append('\n');
    String expected = readme.substring(0, start) + section + readme.substring(end);
    if (Boolean.getBoolean("surety.docs.update")) {
      Files.writeString(README, expected, StandardCharsets.UTF_8);
      readme = expected;
    }
    assertThat(readme).as("README.md's diff of the history is stale; regenerate it with "
        + "-Dsurety.docs.update=true").isEqualTo(expected);
  }
}
