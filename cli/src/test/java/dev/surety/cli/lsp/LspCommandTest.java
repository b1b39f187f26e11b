package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code surety lsp} through the command line: what reaches stdout, and the exit statuses. */
class LspCommandTest extends BaseCliTest {

  static String frame(String body) {
    return LspProtocolTest.frame(body);
  }

  static final String INITIALIZE =
      frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
      + frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
  static final String SHUTDOWN = frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
  static final String EXIT = frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

  /** The bodies of the messages on stdout; fails if anything else is there. */
  static List<String> messages(String out) {
    byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
    List<String> bodies = new ArrayList<>();
    Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n\r\n");
    int at = 0;
    while (at < bytes.length) {
      String rest = new String(bytes, at, Math.min(64, bytes.length - at), StandardCharsets.UTF_8);
      Matcher m = header.matcher(rest);
      assertThat(m.lookingAt()).as("a message header at byte " + at + " of\n" + out).isTrue();
      int length = Integer.parseInt(m.group(1));
      int start = at + m.group().getBytes(StandardCharsets.UTF_8).length;
      bodies.add(new String(bytes, start, length, StandardCharsets.UTF_8));
      at = start + length;
    }
    return bodies;
  }

  @Test
  void exitAfterShutdownIsStatusZeroAndStdoutHoldsOnlyTheProtocol() throws Exception {
    write("drafts/a.surety", LspProtocolTest.PARTIES);
    String uri = work.resolve("drafts/a.surety").toUri().toString();
    String open = frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"surety\",\"version\":1,"
        + "\"text\":\"party US \\\"США 🇺🇸\\\"; legislature Congress.\\nparty US \\\"x\\\".\\n\"}}}");
    String hover = frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":1,\"character\":7}}}");
    stdin = INITIALIZE + open + hover + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    List<String> messages = messages(r.out());
    assertThat(messages.get(0)).contains("\"id\":1", "\"capabilities\"", "\"hoverProvider\":true");
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":2", "\"result\":null"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":3", "SUR102"));
  }

  @Test
  void exitWithoutShutdownIsStatusOne() {
    stdin = INITIALIZE + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(messages(r.out())).hasSize(1);
  }

  @Test
  void theInputEndingWithoutExitIsStatusOne() {
    stdin = INITIALIZE;
    assertThat(surety("lsp").status()).isEqualTo(1);
  }

  @Test
  void aMalformedMessageIsOneLineOfLogAndTheServerGoesOn() {
    Handler[] before = Logger.getLogger("").getHandlers();
    stdin = INITIALIZE + frame("{\"jsonrpc\":\"2.0\",\"id\":") + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).startsWith("surety lsp: error: The message is not valid JSON-RPC")
        .doesNotContain("\tat ", "Exception");
    assertThat(r.err().lines()).allMatch(line -> line.startsWith("surety lsp: "));
    assertThat(messages(r.out())).anySatisfy(m -> assertThat(m).contains("\"id\":2"));
    assertThat(messages(r.out())).anySatisfy(m -> assertThat(m).contains("\"id\":null", "-32700"));
    assertThat(Logger.getLogger("").getHandlers()).containsExactly(before);

    Result debug = surety("lsp", "--debug");
    assertThat(debug.err()).startsWith("surety lsp: error: ").contains("\tat ");
  }

  @Test
  void anUnimplementedMethodIsMethodNotFoundAndOneLineOfLog() {
    stdin = INITIALIZE + frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/rename\","
        + "\"params\":{\"textDocument\":{\"uri\":\"file:///x.surety\"},"
        + "\"position\":{\"line\":0,\"character\":0},\"newName\":\"X\"}}") + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(messages(r.out())).anySatisfy(m -> assertThat(m).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32601,"
            + "\"message\":\"Unsupported request method: textDocument/rename\"}}"));
    assertThat(r.out()).doesNotContain("\\tat ", "Exception");
    assertThat(r.err()).isEqualTo(
        "surety lsp: warning: Unsupported request method: textDocument/rename" + System.lineSeparator());
  }

  @Test
  void theLifecycleIsTheSpecifications() throws Exception {
    write("drafts/a.surety", LspProtocolTest.PARTIES);
    String uri = work.resolve("drafts/a.surety").toUri().toString();
    String open = frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"surety\",\"version\":1,"
        + "\"text\":\"party US \\\"x\\\".\\nparty US \\\"x\\\".\\n\"}}}");
    String symbols = "\"method\":\"textDocument/documentSymbol\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"" + uri + "\"}}}";
    stdin = frame("{\"jsonrpc\":\"2.0\",\"id\":7," + symbols) + open
        + INITIALIZE
        + frame("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"initialize\",\"params\":"
            + "{\"capabilities\":{}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":9," + symbols)
        + SHUTDOWN
        + frame("{\"jsonrpc\":\"2.0\",\"id\":10," + symbols)
        + frame("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"shutdown\"}")
        + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    List<String> messages = messages(r.out());
    // before initialize: the request is refused, the notification dropped (nothing published)
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32002,"));
    assertThat(messages).noneSatisfy(m -> assertThat(m).contains("publishDiagnostics"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":1,", "\"capabilities\""));
    // a second initialize
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith(
        "{\"jsonrpc\":\"2.0\",\"id\":8,\"error\":{\"code\":-32600,"));
    // the document was never opened: an empty outline
    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":[]}"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":2,", "\"result\":null"));
    // after shutdown, every request but exit (a notification) is refused
    for (String id : List.of("10", "11")) {
      assertThat(messages).anySatisfy(m -> assertThat(m).startsWith(
          "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32600,"));
    }
    assertThat(r.err().lines()).allMatch(line -> line.startsWith("surety lsp: warning: "));
  }

  @Test
  void anInitializeWithoutItsParamsIsInvalidParamsAndMayBeSentAgain() throws Exception {
    stdin = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"method\":\"initialize\","
            + "\"params\":{\"processId\":null,\"capabilities\":null}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\","
            + "\"params\":{\"capabilities\":{}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"exit\"}")
        + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    List<String> messages = messages(r.out());
    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,"
            + "\"message\":\"initialize without params\"}}"));
    // LSP4J refuses a null capabilities as it reads the message; the answer keeps the id
    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"error\":{\"code\":-32602,"
            + "\"message\":\"initialize: `capabilities` must not be null\"}}"));
    // and the server is not spoilt: the third initialize is answered with its capabilities
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":3,", "\"capabilities\""));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":4,", "-32600",
        "exit is a notification: send it without an id"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"id\":2,", "\"result\":null"));
    assertThat(messages).noneSatisfy(m -> assertThat(m).contains("\"id\":null"));
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aNotificationWithoutItsDocumentIsOneLineOfLogInWords() {
    stdin = INITIALIZE
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
            + "{\"textDocument\":{\"languageId\":\"surety\",\"version\":1,\"text\":\"\"}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":"
            + "{\"textDocument\":null}}")
        + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err().lines()).containsExactly(
        "surety lsp: warning: textDocument/didOpen without textDocument.uri: ignored",
        "surety lsp: warning: textDocument/didClose without textDocument: ignored");
  }

  @Test
  void aCancelOfARequestAlreadyAnsweredIsNoWarning() {
    String hover = frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":"
        + "{\"textDocument\":{\"uri\":\"file:///not-open.surety\"},"
        + "\"position\":{\"line\":0,\"character\":0}}}");
    // the answer to 3 may be out before its cancel is read; 99 was never sent
    String cancels = frame("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":3}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":99}}");
    stdin = INITIALIZE + hover + cancels + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(messages(r.out())).anySatisfy(m -> assertThat(m).contains("\"id\":2,", "\"result\":null"));
    // --debug shows it
    assertThat(surety("lsp", "--debug").err())
        .contains("Unmatched cancel notification for request id 99");
  }

  @Test
  void aClientThatCanRegisterFileWatchersIsAskedToWatchDraftsAndTheConfiguration() {
    String init = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"capabilities\":{\"workspace\":{\"didChangeWatchedFiles\":"
        + "{\"dynamicRegistration\":true}}}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    stdin = init + SHUTDOWN + EXIT;
    Result r = surety("lsp");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(messages(r.out())).anySatisfy(m -> assertThat(m).contains(
        "\"method\":\"client/registerCapability\"",
        "\"method\":\"workspace/didChangeWatchedFiles\"",
        "\"globPattern\":\"**/*.surety\"", "\"globPattern\":\"**/.surety.json\"",
        "\"globPattern\":\"**/surety.toml\""));
    // one that cannot is not asked
    stdin = INITIALIZE + SHUTDOWN + EXIT;
    assertThat(messages(surety("lsp").out()))
        .noneSatisfy(m -> assertThat(m).contains("registerCapability"));
  }

  @Test
  void theStdioFlagOfEditorClientsIsAccepted() {
    stdin = INITIALIZE + SHUTDOWN + EXIT;
    Result r = surety("lsp", "--stdio");
    assertThat(r.status()).as(r.toString()).isZero();
  }

  @Test
  void helpListsTheExitStatuses() {
    Result r = surety("lsp", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Language Server Protocol", "exit after shutdown");
  }
}
