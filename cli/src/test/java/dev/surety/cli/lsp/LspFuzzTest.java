package dev.surety.cli.lsp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The language server's message handling, spoken to over in-memory pipes by a client that frames
 * and reads the protocol itself (so that it can send what no well-behaved client would, and check
 * every byte the server writes).
 *
 * <p>Invariants, for any input: the server keeps running and answers a valid request that follows
 * the fuzzed ones; every answer to a valid request is a result, never an error (no exception
 * escapes a feature); everything the server writes is well-formed JSON-RPC 2.0 in frames whose
 * {@code Content-Length} is true; nothing is written to {@code System.out} (logging goes to
 * stderr); the diagnostics it publishes lie inside the document's text; after {@code shutdown} it
 * ends with status 0 when the input ends, whatever bytes came before.
 *
 * <p>Seeds: {@code LspFuzzTestInputs/messages/} (JSON-RPC bodies, one a line) and {@code
 * LspFuzzTestInputs/documents/} (drafts); see docs/fuzzing.md.
 */
class LspFuzzTest {

  private static final long WAIT_SECONDS = 20;
  private static final Path WORKSPACE;
  private static final String MAIN_URI;
  private static final String OTHER_URI;
  private static final String KNOWN = "party UA \"Ukraine\".\narrangement \"A\" {\n  beneficiary UA.\n}\n";

  static {
    try {
      WORKSPACE = Files.createTempDirectory("surety-lsp-fuzz");
      Files.writeString(WORKSPACE.resolve("parties.surety"), LspProtocolTest.PARTIES);
      MAIN_URI = WORKSPACE.resolve("main.surety").toUri().toString();
      OTHER_URI = WORKSPACE.resolve("other.surety").toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // what the server logs (warnings about odd messages) is counted, not printed: fuzzing sends
    // millions of odd messages, and stderr is where logging goes in any case
    Logger root = Logger.getLogger("");
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    root.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {}

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  /**
   * Fuzzed JSON-RPC messages: each line of the input is sent as one message body in a true frame;
   * then a valid request must be answered; then, after {@code shutdown}, the whole input is sent
   * again as raw bytes (headers and all, so any framing) and the input closed: the server must end
   * with status 0.
   */
  @FuzzTest
  void messages(byte[] data) throws Exception {
    try (Session s = new Session()) {
      s.open(MAIN_URI, 1, KNOWN);
      for (byte[] body : lines(data)) {
        s.sendFrame(body);
      }
      // a fuzzed `exit` stops the server, as the protocol asks; nothing else may; after a fuzzed
      // `shutdown` requests are refused (InvalidRequest), as the protocol asks
      s.mayExit = contains(data, "exit") || contains(data, "\\u");
      s.mayShutDown = contains(data, "shutdown") || contains(data, "\\u");
      if (!s.expectResult(s.request("textDocument/documentSymbol", docParams(MAIN_URI)))
          || !s.expectResult(s.request("shutdown", null))) {
        return;
      }
      s.sendRaw(data);
      s.closeInput();
      s.expectStatus(0);
    }
  }

  /**
   * Fuzzed document texts: the text is opened, then every feature is asked at positions spread
   * over it; then the document is changed to its first half and asked again, and a second document
   * that includes the first is opened. Every answer must be a result; every diagnostic published
   * must lie inside the text it was published for.
   */
  @FuzzTest
  void documents(byte[] data) throws Exception {
    String text = new String(data, StandardCharsets.UTF_8);
    try (Session s = new Session()) {
      s.open(MAIN_URI, 1, text);
      s.askEverything(MAIN_URI, text);
      String half = text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2));
      s.change(MAIN_URI, 2, half);
      s.askEverything(MAIN_URI, half);
      s.open(OTHER_URI, 1, "include \"main.surety\".\n" + text);
      s.askEverything(OTHER_URI, "include \"main.surety\".\n" + text);
      s.expectResult(s.request("shutdown", null));
      s.notify("exit", null);
      s.expectStatus(0);
      s.checkPublished(Map.of(MAIN_URI, List.of(text, half),
          OTHER_URI, List.of("include \"main.surety\".\n" + text)));
    }
  }

  static boolean contains(byte[] data, String ascii) {
    return new String(data, StandardCharsets.ISO_8859_1).contains(ascii);
  }

  static List<byte[]> lines(byte[] data) {
    List<byte[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= data.length; i++) {
      if (i == data.length || data[i] == '\n') {
        if (i > from) {
          byte[] line = new byte[i - from];
          System.arraycopy(data, from, line, 0, line.length);
          out.add(line);
        }
        from = i + 1;
      }
    }
    return out;
  }

  static JsonObject docParams(String uri) {
    JsonObject doc = new JsonObject();
    doc.addProperty("uri", uri);
    JsonObject params = new JsonObject();
    params.add("textDocument", doc);
    return params;
  }

  static JsonObject position(int line, int character) {
    JsonObject p = new JsonObject();
    p.addProperty("line", line);
    p.addProperty("character", character);
    return p;
  }

  /** One server on a pair of pipes, and the client's side of them. */
  static final class Session implements AutoCloseable {
    private final OutputStream toServer;
    /** Every end of both pipes, closed when the session ends (else each run leaks four). */
    private final List<java.io.Closeable> ends = new ArrayList<>();
    private final CompletableFuture<Integer> status;
    private final Map<String, JsonObject> answers = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonObject> published = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> reader;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final PrintStream realOut = System.out;
    private volatile AssertionError broken;
    /** Whether the fuzzed messages may hold an `exit` (spelled out, or escaped). */
    boolean mayExit;
    /** Whether they may hold a `shutdown`. */
    boolean mayShutDown;
    private int ids;

    Session() throws IOException {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      Pipe up = Pipe.open();
      Pipe down = Pipe.open();
      InputStream serverIn = Channels.newInputStream(up.source());
      toServer = Channels.newOutputStream(up.sink());
      OutputStream serverOut = Channels.newOutputStream(down.sink());
      InputStream fromServer = Channels.newInputStream(down.source());
      ends.addAll(List.of(toServer, serverIn, serverOut, fromServer));
      SuretyLanguageServer server = new SuretyLanguageServer(WORKSPACE, 0);
      status = CompletableFuture.supplyAsync(() -> {
        try {
          return LspServer.run(server, serverIn, serverOut);
        } finally {
          try {
            serverOut.close();
          } catch (IOException ignored) {
            // the reader sees the end either way
          }
        }
      });
      reader = CompletableFuture.runAsync(() -> read(fromServer));
      JsonObject init = new JsonObject();
      init.addProperty("rootUri", WORKSPACE.toUri().toString());
      init.add("capabilities", new JsonObject());
      expectResult(request("initialize", init));
      notify("initialized", new JsonObject());
    }

    /** Reads the server's frames until its output ends; a malformed one breaks the session. */
    private void read(InputStream in) {
      try {
        while (true) {
          int length = -1;
          String header;
          while (!(header = headerLine(in)).isEmpty()) {
            if (header.startsWith("Content-Length: ")) {
              length = Integer.parseInt(header.substring("Content-Length: ".length()));
            } else if (!header.startsWith("Content-Type: ")) {
              throw new AssertionError("the server wrote a header that is not LSP's: " + header);
            }
          }
          if (length < 0) {
            throw new AssertionError("the server wrote a frame without Content-Length");
          }
          byte[] body = in.readNBytes(length);
          if (body.length != length) {
            throw new AssertionError("the server's frame is shorter than its Content-Length");
          }
          JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
          JsonObject message = json.getAsJsonObject();
          if (!new JsonPrimitive("2.0").equals(message.get("jsonrpc"))) {
            throw new AssertionError("not JSON-RPC 2.0: " + message);
          }
          if (message.has("id") && !message.has("method")) {
            JsonElement id = message.get("id");
            answers.put(id.isJsonNull() ? "null" : id.getAsString(), message);
          } else if (message.has("method")
              && message.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
            published.add(message.getAsJsonObject("params"));
          }
        }
      } catch (EndOfInput e) {
        // the server closed its output
      } catch (AssertionError e) {
        broken = e;
      } catch (IOException | RuntimeException e) {
        broken = new AssertionError("the server's output is not the protocol: " + e, e);
      }
    }

    private static final class EndOfInput extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private static String headerLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != '\n') {
        if (b < 0) {
          if (line.size() == 0) {
            throw new EndOfInput();
          }
          throw new AssertionError("the server's output ends inside a header");
        }
        line.write(b);
      }
      String s = line.toString(StandardCharsets.US_ASCII);
      if (!s.endsWith("\r")) {
        throw new AssertionError("a header line not ended by CRLF: " + s);
      }
      return s.substring(0, s.length() - 1);
    }

    void sendRaw(byte[] bytes) throws IOException {
      toServer.write(bytes);
      toServer.flush();
    }

    void sendFrame(byte[] body) throws IOException {
      sendRaw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      sendRaw(body);
    }

    void send(JsonObject message) throws IOException {
      sendFrame(message.toString().getBytes(StandardCharsets.UTF_8));
    }

    String request(String method, JsonObject params) throws IOException {
      String id = "harness-" + (++ids);
      JsonObject m = new JsonObject();
      m.addProperty("jsonrpc", "2.0");
      m.addProperty("id", id);
      m.addProperty("method", method);
      if (params != null) {
        m.add("params", params);
      }
      send(m);
      return id;
    }

    void notify(String method, JsonObject params) throws IOException {
      JsonObject m = new JsonObject();
      m.addProperty("jsonrpc", "2.0");
      m.addProperty("method", method);
      if (params != null) {
        m.add("params", params);
      }
      send(m);
    }

    void open(String uri, int version, String text) throws IOException {
      JsonObject doc = new JsonObject();
      doc.addProperty("uri", uri);
      doc.addProperty("languageId", "surety");
      doc.addProperty("version", version);
      doc.addProperty("text", text);
      JsonObject params = new JsonObject();
      params.add("textDocument", doc);
      notify("textDocument/didOpen", params);
    }

    void change(String uri, int version, String text) throws IOException {
      JsonObject params = docParams(uri);
      params.getAsJsonObject("textDocument").addProperty("version", version);
      JsonArray changes = new JsonArray();
      JsonObject change = new JsonObject();
      change.addProperty("text", text);
      changes.add(change);
      params.add("contentChanges", changes);
      notify("textDocument/didChange", params);
    }

    /** Every feature, at positions spread over the text (and one past its end). */
    void askEverything(String uri, String text) throws IOException {
      List<String> ids = new ArrayList<>();
      ids.add(request("textDocument/documentSymbol", docParams(uri)));
      String[] lines = text.split("\n", -1);
      JsonObject whole = new JsonObject();
      whole.add("start", position(0, 0));
      whole.add("end", position(lines.length - 1, lines[lines.length - 1].length()));
      JsonObject actions = docParams(uri);
      actions.add("range", whole);
      JsonObject context = new JsonObject();
      context.add("diagnostics", new JsonArray());
      actions.add("context", context);
      ids.add(request("textDocument/codeAction", actions));
      int step = Math.max(1, lines.length / 4);
      for (int line = 0; line <= lines.length; line += step) {
        int length = line < lines.length ? lines[line].length() : 0;
        for (int character : new int[] {0, length / 2, length}) {
          for (String method : List.of("textDocument/hover", "textDocument/definition",
              "textDocument/references", "textDocument/completion")) {
            JsonObject params = docParams(uri);
            params.add("position", position(line, character));
            if (method.equals("textDocument/references")) {
              JsonObject ctx = new JsonObject();
              ctx.addProperty("includeDeclaration", true);
              params.add("context", ctx);
            }
            ids.add(request(method, params));
          }
        }
      }
      for (String id : ids) {
        expectResult(id);
      }
    }

    /**
     * Waits for the answer to request {@code id}, which must be a result. False when the server
     * stopped instead, which only an {@code exit} among the fuzzed messages allows, or refused it,
     * which only a {@code shutdown} among them allows.
     */
    boolean expectResult(String id) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      JsonObject answer;
      while ((answer = answers.get(id)) == null) {
        checkNotBroken();
        if (status.isDone() && reader.isDone() && answers.get(id) == null) {
          if (mayExit) {
            return false;
          }
          throw new AssertionError("the server stopped (status " + status.join()
              + ") without an `exit`, and request " + id + " was not answered");
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the server did not answer request " + id + " within "
              + WAIT_SECONDS + " s (status " + (status.isDone() ? status.join() : "running") + ")");
        }
        sleep();
      }
      if (mayShutDown && answer.has("error") && answer.getAsJsonObject("error").get("code")
          .getAsInt() == -32600) {
        return false; // refused after a fuzzed shutdown
      }
      if (answer.has("error") || !answer.has("result")) {
        throw new AssertionError("a valid request was answered with an error: " + answer);
      }
      return true;
    }

    void closeInput() throws IOException {
      toServer.close();
    }

    void expectStatus(int expected) throws Exception {
      int actual = status.get(WAIT_SECONDS, TimeUnit.SECONDS);
      reader.get(WAIT_SECONDS, TimeUnit.SECONDS);
      checkNotBroken();
      if (actual != expected) {
        throw new AssertionError("exit status " + actual + ", expected " + expected);
      }
      if (stdout.size() > 0) {
        throw new AssertionError("the server wrote to System.out: "
            + stdout.toString(StandardCharsets.UTF_8));
      }
    }

    /** Every diagnostic published lies inside one of the texts the document had. */
    void checkPublished(Map<String, List<String>> texts) {
      for (JsonObject params : published) {
        String uri = params.get("uri").getAsString();
        List<String> candidates = texts.get(uri);
        if (candidates == null) {
          continue; // an included file on disk
        }
        for (JsonElement d : params.getAsJsonArray("diagnostics")) {
          JsonObject range = d.getAsJsonObject().getAsJsonObject("range");
          boolean inside = candidates.stream().anyMatch(t -> inside(range, t));
          if (!inside) {
            throw new AssertionError("a diagnostic outside the document: " + d + " of " + uri);
          }
        }
      }
    }

    private static boolean inside(JsonObject range, String text) {
      // lines as LSP counts them: a line ends at \r\n, \n or a \r alone (as PositionMapper ends
      // them; found by fuzzing: a \r followed by another control character)
      String[] lines = text.split("\r\n|\n|\r", -1);
      int[] start = at(range.getAsJsonObject("start"));
      int[] end = at(range.getAsJsonObject("end"));
      return ok(start, lines) && ok(end, lines)
          && (start[0] < end[0] || (start[0] == end[0] && start[1] <= end[1]));
    }

    private static int[] at(JsonObject p) {
      return new int[] {p.get("line").getAsInt(), p.get("character").getAsInt()};
    }

    private static boolean ok(int[] p, String[] lines) {
      return p[0] >= 0 && p[0] < lines.length && p[1] >= 0 && p[1] <= lines[p[0]].length();
    }

    private void checkNotBroken() {
      if (broken != null) {
        throw broken;
      }
    }

    private static void sleep() {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }

    @Override
    public void close() throws IOException {
      System.setOut(realOut);
      try {
        toServer.close();
      } catch (IOException ignored) {
        // already closed
      }
      try {
        status.get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("the server did not stop after its input ended", e);
      } finally {
        for (java.io.Closeable end : ends) {
          try {
            end.close();
          } catch (IOException ignored) {
            // closed already
          }
        }
      }
    }
  }
}
