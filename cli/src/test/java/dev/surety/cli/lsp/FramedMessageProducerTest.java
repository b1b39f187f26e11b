package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's reader on raw bytes: well-framed messages after a mis-framed one are read, however
 * it was mis-framed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FramedMessageProducerTest {

  static final MessageJsonHandler JSON =
      new MessageJsonHandler(ServiceEndpoints.getSupportedMethods(LanguageServer.class));

  /** A request whose id names it, for the list of what was read. */
  static String request(String id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"shutdown\"}";
  }

  static String frame(String body) {
    return LspProtocolTest.frame(body);
  }

  /** The ids of the requests read from {@code input}, in order, until it ends. */
  static List<String> read(byte[] input) {
    return read(new ByteArrayInputStream(input));
  }

  static List<String> read(String input) {
    return read(input.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> read(InputStream input) {
    List<Message> messages = Collections.synchronizedList(new ArrayList<>());
    new FramedMessageProducer(input, JSON, (m, issues) -> { }).listen(messages::add);
    return ids(messages);
  }

  static List<String> ids(List<Message> messages) {
    synchronized (messages) {
      return messages.stream()
          .map(m -> m instanceof RequestMessage ? ((RequestMessage) m).getId()
              : ((NotificationMessage) m).getMethod())
          .collect(Collectors.toList());
    }
  }

  @Test
  void wellFramedMessagesAreReadAsLsp4jReadsThem() {
    assertThat(read(frame(request("a")) + frame(request("b"))
        + "Content-Length: " + request("c").length()
        + "\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + request("c") + "\r\n" + frame(request("d"))))
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void headersWithoutContentLengthThenABodyCostOnlyThatBody() {
    // QA's case: LSP4J read `{}` as the start of the next header, lost it and every later one
    assertThat(read("X-Foo: bar\r\n\r\n{}" + frame(request("a")) + frame(request("b"))))
        .containsExactly("a", "b");
    assertThat(read("X-Foo: bar\r\n\r\n" + frame(request("a")))).containsExactly("a");
  }

  @Test
  void aContentLengthTooShortCostsThatMessageOnly() {
    String body = request("lost");
    assertThat(read("Content-Length: 10\r\n\r\n" + body + frame(request("a"))
        + frame(request("b")) + frame(request("c"))))
        .containsExactly("a", "b", "c");
    // cut after its last brace but one: the rest is `}` glued to the next header
    assertThat(read("Content-Length: " + (body.length() - 1) + "\r\n\r\n" + body
        + frame(request("a")))).containsExactly("a");
  }

  @Test
  void aContentLengthTooLongEndsWhereTheNextMessageBegins() {
    assertThat(read("Content-Length: 500\r\n\r\n" + request("long") + frame(request("a"))
        + frame(request("b"))))
        .containsExactly("long", "a", "b");
    // longer than all the rest
    assertThat(read("Content-Length: 99999\r\n\r\n" + request("long") + frame(request("a"))))
        .containsExactly("long", "a");
  }

  @Test
  void aContentLengthTooLongDoesNotWaitForBytesThatMayNeverCome() throws Exception {
    Pipe pipe = Pipe.open();
    OutputStream out = Channels.newOutputStream(pipe.sink());
    List<Message> messages = Collections.synchronizedList(new ArrayList<>());
    FramedMessageProducer producer = new FramedMessageProducer(
        Channels.newInputStream(pipe.source()), JSON, (m, issues) -> { });
    CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> producer.listen(messages::add));
    out.write(("Content-Length: 5000\r\n\r\n" + request("long") + frame(request("a")))
        .getBytes(StandardCharsets.UTF_8));
    out.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (ids(messages).size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(ids(messages)).containsExactly("long", "a");
    out.close();
    reading.get(30, TimeUnit.SECONDS);
  }

  @Test
  void linesThatAreNotHeadersAreSkipped() {
    assertThat(read("garbage\r\n" + frame(request("a"))
        + "Content-Length: twelve\r\n\r\n" + request("lost") + frame(request("b"))
        + "Content-Length: -5\r\n\r\n" + frame(request("c"))
        + "content-length: " + request("d").length() + "\r\n\r\n" + request("d")
        + "\r\n\r\n\n" + frame(request("e"))))
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void aVeryLongLineWithoutALineEndIsSkipped() {
    String junk = "x".repeat(FramedMessageProducer.MAX_HEADER_LINE * 3);
    assertThat(read(junk + frame(request("a")) + "{\"" + junk + "\":1}" + frame(request("b"))))
        .containsExactly("a", "b");
  }

  @Test
  void aBodyThatIsNotJsonIsLoggedAndTheNextMessageIsRead() {
    assertThat(read(frame("{not json") + frame("") + frame(request("a")))).containsExactly("a");
  }

  @Test
  void everyCutOfAMessageStreamLeavesTheMessagesAfterTheNextHeaderReadable() {
    // any prefix of a frame, then well-framed messages: all of those are read
    String first = frame(request("cut"));
    for (int cut = 0; cut < first.length(); cut++) {
      List<String> got = read(first.substring(0, cut) + frame(request("a")) + frame(request("b")));
      assertThat(got).as("cut at " + cut).endsWith("a", "b");
    }
  }

  @Test
  void nothingIsReadAfterExit(@TempDir Path workspace) throws Exception {
    // what follows `exit` is not answered: the server is ending, and LspServer interrupts the
    // reading thread then, which must not be writing an answer (found by fuzzing: a frame cut
    // short, LspFuzzTestInputs/messages/crash-b8c408c9...)
    String input = LspCommandTest.INITIALIZE + LspCommandTest.SHUTDOWN + LspCommandTest.EXIT
        + frame("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExecutorService executor = Executors.newCachedThreadPool();
    try {
      SuretyLanguageServer server = new SuretyLanguageServer(workspace);
      ServerLauncher.create(server, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
          out, executor).startListening().get(30, TimeUnit.SECONDS);
      assertThat(server.exited().get(30, TimeUnit.SECONDS)).isZero();
    } finally {
      executor.shutdownNow();
    }
    List<String> messages = LspCommandTest.messages(out.toString(StandardCharsets.UTF_8));
    assertThat(messages).hasSize(2).noneSatisfy(m -> assertThat(m).contains("\"id\":9"));
  }

  @Test
  void theInputEndingInsideAMessageEndsTheReading() throws IOException {
    assertThat(read("Content-Length: 100\r\n\r\n{\"jsonrpc\"")).isEmpty();
    assertThat(read("Content-Length: 100\r\n")).isEmpty();
    assertThat(read("")).isEmpty();
  }

  /** The issues the producer hands on for one body, with the message they are about. */
  static List<MessageIssue> issuesOf(String body) {
    List<MessageIssue> issues = Collections.synchronizedList(new ArrayList<>());
    new FramedMessageProducer(new ByteArrayInputStream(frame(body).getBytes(StandardCharsets.UTF_8)),
        JSON, (m, found) -> issues.addAll(found)).listen(m -> { });
    return issues;
  }

  @Test
  void paramsOfTheWrongShapeAreInvalidParamsInWordsWithoutAJavaException() {
    assertThat(issuesOf("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\","
        + "\"params\":{\"textDocument\":5}}"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getIssueCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
          assertThat(issue.getText()).isEqualTo(
              "textDocument/hover: expected an object at params.textDocument, found a number");
          assertThat(issue.getCause()).isNull();
        });
    assertThat(issuesOf("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\","
        + "\"params\":{\"textDocument\":{\"uri\":\"file:///a\"},"
        + "\"position\":{\"line\":\"x\",\"character\":0}}}"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getIssueCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
          assertThat(issue.getText()).isEqualTo("textDocument/hover: expected a number, found \"x\"");
          assertThat(issue.getCause()).isNull();
        });
  }

  @Test
  void aBodyThatIsNotJsonIsAParseErrorSayingWhereItBreaks() {
    assertThat(issuesOf("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\","
        + "\"params\":{"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getIssueCode()).isEqualTo(ResponseErrorCode.ParseError.getValue());
          assertThat(issue.getText()).startsWith("The message is not valid JSON-RPC: ")
              .doesNotContain("java.", "gson", "http");
          assertThat(issue.getCause()).isNull();
        });
  }

  /**
   * What the server writes back for one body, through LSP4J's own endpoint as the server has it:
   * the JSON of each answer.
   */
  static List<String> answersTo(String body) {
    List<String> answers = Collections.synchronizedList(new ArrayList<>());
    RemoteEndpoint endpoint = new RemoteEndpoint(m -> answers.add(JSON.serialize(m)),
        ServiceEndpoints.toEndpoint(new Object()));
    new FramedMessageProducer(new ByteArrayInputStream(frame(body).getBytes(StandardCharsets.UTF_8)),
        JSON, endpoint).listen(m -> { });
    return answers;
  }

  /** JSON-RPC 2.0, section 5: an error in detecting the id is answered with the id null. */
  @Test
  void aMessageWhoseIdCannotBeReadIsAnsweredWithTheIdNullInWords() {
    assertThat(answersTo("{not json")).singleElement().isEqualTo("{\"jsonrpc\":\"2.0\","
        + "\"id\":null,\"error\":{\"code\":-32700,\"message\":\"The message is not valid "
        + "JSON-RPC: Expected \\u0027:\\u0027\"}}");
    assertThat(answersTo("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}"))
        .singleElement().isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":"
            + "-32600,\"message\":\"The message is not a JSON-RPC request or notification: "
            + "expected a string at id, found an object\"}}");
    assertThat(answersTo("[1,2]")).singleElement().asString()
        .contains("\"id\":null", "-32600", "expected an object, found an array");
    // a request that names itself is answered with its id, a notification not at all
    assertThat(answersTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\","
        + "\"params\":{\"textDocument\":5}}")).singleElement().asString()
        .startsWith("{\"jsonrpc\":\"2.0\",\"id\":7,").contains("-32602");
    assertThat(answersTo("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\","
        + "\"params\":{\"textDocument\":5}}")).isEmpty();
  }
}
