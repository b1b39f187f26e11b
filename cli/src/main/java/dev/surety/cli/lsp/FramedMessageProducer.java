package dev.surety.cli.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.MalformedJsonException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Reads the client's messages as LSP4J's {@code StreamMessageProducer} does (header lines, a blank
 * line, then {@code Content-Length} bytes of JSON), and finds the next message again after one
 * it cannot frame, where LSP4J's reader stays out of step for good (the rest of a body read as
 * the next header, that header lost, and so on for every later message):
 *
 * <ul>
 *   <li>headers without {@code Content-Length}, a line that is not a header (such as the rest of
 *       a body whose {@code Content-Length} was too short, glued to the next header: a line with
 *       {@code Content-Length:} after its start), or a {@code Content-Length} that is not a
 *       number: the input is skipped to the next {@code Content-Length:}, where the next header
 *       begins (other headers are ignored, as LSP4J ignores them);
 *   <li>a {@code Content-Length} too long: the body would swallow the next message, whose header
 *       line ({@code Content-Length: N} and a line end, which JSON cannot hold outside a string
 *       nor a string hold) shows where it begins: the body ends there and the next message is
 *       read from it, as soon as its header has arrived.
 * </ul>
 *
 * Each such mistake is one line of log; the message whose length was wrong may be lost, the ones
 * after it are read. A body that is not valid JSON-RPC is handled as LSP4J handles it (an error
 * answer to a request it can identify, one line of log).
 */
final class FramedMessageProducer implements MessageProducer, Closeable {

  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
  /** Longer header lines are not headers (a body's rest without a line end, say). */
  static final int MAX_HEADER_LINE = 8192;
  private static final int BUFFER = 8192;

  private final InputStream input;
  private final MessageJsonHandler jsonHandler;
  private final MessageIssueHandler issueHandler;
  /** Bytes read from the input and not yet used, from {@code pos} to {@code limit}. */
  private byte[] buffer = new byte[BUFFER];
  private int pos;
  private int limit;
  private volatile boolean keepRunning;
  /** Whether the line {@link #readLine()} returned last had a line end. */
  private boolean lineEnded;

  FramedMessageProducer(InputStream input, MessageJsonHandler jsonHandler,
      MessageIssueHandler issueHandler) {
    this.input = input;
    this.jsonHandler = jsonHandler;
    this.issueHandler = issueHandler;
  }

  /** The length and charset of a frame's body. */
  private record Frame(int length, Charset charset) {}

  @Override
  public void listen(MessageConsumer callback) {
    keepRunning = true;
    try {
      while (keepRunning) {
        Frame frame = readHeaders();
        if (frame == null) {
          return;
        }
        byte[] body = readBody(frame.length());
        if (body == null) {
          return;
        }
        handle(body, frame.charset(), callback);
      }
    } catch (InterruptedIOException | ClosedChannelException e) {
      // stopped, or the input closed
    } catch (IOException e) {
      if (!JsonRpcException.indicatesStreamClosed(e)) {
        throw new JsonRpcException(e);
      }
    } finally {
      keepRunning = false;
    }
  }

  @Override
  public void close() {
    keepRunning = false;
  }

  // ---- headers ----------------------------------------------------------------------------------

  /** The next frame's headers; null at the end of the input. */
  private Frame readHeaders() throws IOException {
    int length = -1;
    Charset charset = StandardCharsets.UTF_8;
    boolean any = false; // a header line read
    StringBuilder seen = new StringBuilder(); // the first of them, for the log
    while (true) {
      byte[] line = readLine();
      if (line == null) {
        if (any) {
          SuretyLanguageServer.LOG.warning("the input ended inside a message's headers");
        }
        return null;
      }
      if (line.length == 0) {
        if (!any) {
          continue; // a blank line between messages
        }
        if (length >= 0) {
          return new Frame(length, charset);
        }
        error("Missing header Content-Length in input \"" + abbreviate(seen.toString())
            + "\": skipped to the next Content-Length header");
        if (!skipToContentLength()) {
          return null;
        }
        length = -1;
        charset = StandardCharsets.UTF_8;
        any = false;
        seen.setLength(0);
        continue;
      }
      String text = new String(line, StandardCharsets.ISO_8859_1);
      any = true;
      if (seen.length() < 200) {
        seen.append(text, 0, Math.min(text.length(), 200)).append('\n');
      }
      int colon = text.indexOf(':');
      String name = colon < 0 ? "" : text.substring(0, colon).trim();
      String value = colon < 0 ? "" : text.substring(colon + 1).trim();
      String problem = null;
      if (!isToken(name) || line.length > MAX_HEADER_LINE) {
        problem = "Not a message header: \"" + abbreviate(text) + "\"";
      } else if (name.equalsIgnoreCase("Content-Length")) {
        length = parseLength(value);
        if (length < 0) {
          problem = "Content-Length is not a length: \"" + abbreviate(text) + "\"";
        }
      } else if (name.equalsIgnoreCase("Content-Type")) {
        charset = charset(value, charset);
      } else if (text.toLowerCase(Locale.ROOT).indexOf("content-length:", 1) > 0) {
        // another header, or the end of a body glued to the next header (`}Content-Length`)
        problem = "Not a message header: \"" + abbreviate(text) + "\"";
      }
      if (problem != null) {
        error(problem + ": skipped to the next Content-Length header");
        // the next header may begin inside this line (after a too short body, say): the line is
        // given back but for its first byte, with its line end if it had one
        byte[] rest = Arrays.copyOfRange(line, 1, line.length + (lineEnded ? 1 : 0));
        if (lineEnded) {
          rest[rest.length - 1] = '\n';
        }
        unread(rest, 0, rest.length);
        if (!skipToContentLength()) {
          return null;
        }
        length = -1;
        charset = StandardCharsets.UTF_8;
        any = false;
        seen.setLength(0);
      }
    }
  }

  /**
   * The next line, without its line end ({@code \n}, or {@code \r\n}); cut after {@link
   * #MAX_HEADER_LINE} bytes (one more than that is returned, not a header); null at the end of the
   * input. {@link #lineEnded} tells whether it had a line end.
   */
  private byte[] readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    lineEnded = false;
    while (true) {
      int b = read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toByteArray();
      }
      if (b == '\n') {
        lineEnded = true;
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r'
            ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
      }
      line.write(b);
      if (line.size() > MAX_HEADER_LINE) {
        return line.toByteArray();
      }
    }
  }

  /**
   * Skips the input to the next {@code Content-Length:} (in any case) and leaves it to be read;
   * false at the end of the input.
   */
  private boolean skipToContentLength() throws IOException {
    int matched = 0;
    while (true) {
      int b = read();
      if (b < 0) {
        return false;
      }
      int lower = Character.toLowerCase(b);
      if (lower == CONTENT_LENGTH[matched]) {
        matched++;
        if (matched == CONTENT_LENGTH.length) {
          unread(CONTENT_LENGTH, 0, CONTENT_LENGTH.length);
          return true;
        }
      } else {
        // `c` is nowhere else in the pattern: a mismatch starts it again at most one byte in
        matched = lower == CONTENT_LENGTH[0] ? 1 : 0;
      }
    }
  }

  private static int parseLength(String value) {
    if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    long n = Long.parseLong(value);
    return n > Integer.MAX_VALUE ? -1 : (int) n;
  }

  private static Charset charset(String contentType, Charset otherwise) {
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return otherwise;
    }
    String name = contentType.substring(at + "charset=".length()).split(";", 2)[0].trim();
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      error("Unsupported charset \"" + abbreviate(name) + "\": the message is read as UTF-8");
      return StandardCharsets.UTF_8;
    }
  }

  /** An HTTP header name (RFC 9110 token). */
  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // ---- body -------------------------------------------------------------------------------------

  /**
   * The body: {@code length} bytes, or the bytes before the next message's header if one begins
   * among them (the length was too long); null at the end of the input. A header line that begins
   * in the body and ends after it is read to its end to decide (valid JSON ends with a brace or a
   * bracket, so the body of a well-framed message never leaves one undecided).
   */
  private byte[] readBody(int length) throws IOException {
    byte[] body = new byte[Math.min(length, 1 << 16)];
    int read = 0;
    int[] undecided = {0};
    while (read < length || undecided[0] < Math.min(read, length)) {
      if (read == body.length) {
        long more = read < length ? Math.min(length, 2L * body.length) : read + 64L;
        body = Arrays.copyOf(body, (int) Math.min(Integer.MAX_VALUE - 8, more));
      }
      int n = read(body, read, (read < length ? Math.min(length, body.length) : body.length) - read);
      if (n < 0) {
        if (read >= length) {
          break;
        }
        SuretyLanguageServer.LOG.warning("the input ended inside a message (Content-Length "
            + length + ", " + read + " bytes came)");
        return null;
      }
      read += n;
      int header = nextHeader(body, undecided[0], read, length, undecided);
      if (header >= 0) {
        error("Content-Length " + length + " runs into the next message's header after "
            + header + " bytes: the message ends there");
        unread(body, header, read - header);
        return Arrays.copyOf(body, header);
      }
    }
    if (read > length) {
      unread(body, length, read - length);
    }
    return body.length == length ? body : Arrays.copyOf(body, length);
  }

  /**
   * Where a {@code Content-Length: N} header line (with its line end) begins in {@code b} between
   * {@code from} and {@code to}, before {@code before}; -1 if none does, with {@code
   * undecided[0]} set to where one may begin that the bytes after {@code to} decide ({@code to}
   * if none).
   */
  static int nextHeader(byte[] b, int from, int to, int before, int[] undecided) {
    for (int i = from; i < Math.min(to, before); i++) {
      if (Character.toLowerCase(b[i]) != CONTENT_LENGTH[0]) {
        continue;
      }
      int j = i;
      int k = 0;
      while (k < CONTENT_LENGTH.length && j < to
          && Character.toLowerCase(b[j]) == CONTENT_LENGTH[k]) {
        j++;
        k++;
      }
      if (k < CONTENT_LENGTH.length) {
        if (j == to) {
          undecided[0] = i;
          return -1;
        }
        continue;
      }
      while (j < to && j - i < 64 && (b[j] == ' ' || b[j] == '\t')) {
        j++;
      }
      int digits = 0;
      while (j < to && j - i < 64 && b[j] >= '0' && b[j] <= '9') {
        j++;
        digits++;
      }
      if (j < to && digits > 0 && b[j] == '\r') {
        j++;
      }
      if (j == to && j - i < 64) {
        undecided[0] = i;
        return -1;
      }
      if (j < to && digits > 0 && b[j] == '\n') {
        return i;
      }
    }
    undecided[0] = to;
    return -1;
  }

  private void handle(byte[] body, Charset charset, MessageConsumer callback) {
    String text = new String(body, charset);
    try {
      Message message = jsonHandler.parseMessage(text);
      if (message == null) {
        error("An empty message");
        return;
      }
      callback.consume(message);
    } catch (MessageIssueException e) {
      // as LSP4J: an error answer to a request that can be identified, a line of log for a
      // notification; but in words, and without a Java exception in the answer's data
      Message message = e.getRpcMessage();
      List<MessageIssue> issues = plain(message, e.getIssues());
      boolean identified = message instanceof RequestMessage request && request.getRawId() != null
          || message instanceof NotificationMessage;
      if (identified) {
        issueHandler.handle(message, issues);
      } else {
        answerUnidentified(issues, e);
      }
    } catch (RuntimeException e) {
      // Gson or LSP4J's type adapters gave up before LSP4J could tell what the message is: an id
      // that is an object, say, or a field that LSP4J refuses to set to null (`"capabilities":
      // null`), which still leaves the id and the method readable
      Message message = identified(text);
      if (message != null) {
        String method = message instanceof RequestMessage request ? request.getMethod()
            : ((NotificationMessage) message).getMethod();
        issueHandler.handle(message, List.of(new MessageIssue(method + ": " + shape(root(e)),
            ResponseErrorCode.InvalidParams.getValue())));
      } else {
        answerUnidentified(List.of(unreadable(e)), e);
      }
    }
  }

  /**
   * The request or notification the body is, with its id and method and without its params,
   * when the body is a JSON object with a string {@code method} and an {@code id} that is a string
   * or a number, or none; null otherwise.
   */
  static Message identified(String text) {
    JsonElement json;
    try {
      json = JsonParser.parseString(text);
    } catch (RuntimeException notJson) {
      return null;
    }
    if (!json.isJsonObject()) {
      return null;
    }
    JsonObject object = json.getAsJsonObject();
    JsonElement method = object.get("method");
    if (method == null || !method.isJsonPrimitive() || !method.getAsJsonPrimitive().isString()) {
      return null;
    }
    JsonElement id = object.get("id");
    if (id == null || id.isJsonNull()) {
      NotificationMessage notification = new NotificationMessage();
      notification.setJsonrpc(MessageConstants.JSONRPC_VERSION);
      notification.setMethod(method.getAsString());
      return notification;
    }
    if (!id.isJsonPrimitive()) {
      return null;
    }
    RequestMessage request = new RequestMessage();
    request.setJsonrpc(MessageConstants.JSONRPC_VERSION);
    request.setMethod(method.getAsString());
    JsonPrimitive value = id.getAsJsonPrimitive();
    if (value.isString()) {
      request.setId(value.getAsString());
    } else if (value.isNumber()) {
      request.setRawId(Either.forRight(value.getAsNumber())); // as the client wrote it
    } else {
      return null;
    }
    return request;
  }

  private static Throwable root(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Answers a message whose id could not be read with the id null, and logs it as one line (the
   * stack trace with {@code --debug}): the client may not show an answer it cannot match to a
   * request, the log is where its user looks.
   */
  private void answerUnidentified(List<MessageIssue> issues, Exception e) {
    String words = issues.get(0).getText();
    // the words stand for Gson's exception on the line; --debug prints it as the cause
    SuretyLanguageServer.LOG.log(Level.SEVERE, words + " (answered with the id null)",
        new IllegalArgumentException(words, e));
    issueHandler.handle(unidentified(), issues);
  }

  /**
   * A request that stands for a message whose id could not be read: JSON-RPC 2.0 (section 5) has
   * the error answered with the id {@code null}, which LSP's {@code ResponseMessage} allows, so
   * that a client is told instead of waiting for an answer that never comes.
   */
  private static RequestMessage unidentified() {
    RequestMessage request = new RequestMessage();
    request.setJsonrpc(MessageConstants.JSONRPC_VERSION);
    return request;
  }

  /** Why a body could not be read as a message at all, in words. */
  static MessageIssue unreadable(RuntimeException e) {
    Throwable cause = root(e);
    if (cause instanceof MalformedJsonException || cause instanceof EOFException) {
      return new MessageIssue("The message is not valid JSON-RPC: " + detail(cause),
          ResponseErrorCode.ParseError.getValue());
    }
    Matcher expected = GSON_EXPECTED.matcher(String.valueOf(cause.getMessage()));
    String what = expected.matches()
        ? "expected " + jsonWords(expected.group(1))
            + (expected.group(3) != null && expected.group(3).startsWith("$.")
                ? " at " + expected.group(3).substring(2) : "")
            + ", found " + jsonWords(expected.group(2))
        : detail(cause);
    return new MessageIssue("The message is not a JSON-RPC request or notification: " + what,
        ResponseErrorCode.InvalidRequest.getValue());
  }

  private static final Pattern GSON_EXPECTED = Pattern.compile(
      "Expected (?:an? )?(\\S+) but was (\\S+)(?: at line \\d+ column \\d+)?(?: path (\\S+))?.*",
      Pattern.DOTALL);
  /** What LSP4J's setters say of a field that must not be null. */
  private static final Pattern LSP4J_NOT_NULL = Pattern.compile("Property must not be null: (\\S+)");
  private static final Pattern GSON_LOCATION =
      Pattern.compile("(?: at line \\d+ column \\d+)?(?: path \\S*)?$");

  /**
   * LSP4J's issues with a message that is JSON but not of the shape its method takes, or not JSON,
   * in words, without the exception that LSP4J puts in the answer's {@code data} (its class and
   * Gson's message, with a link to Gson's troubleshooting page): params of the wrong shape are
   * {@code InvalidParams} naming the method and the field ({@code textDocument/hover: expected an
   * object at params.textDocument, found a number}), a body that is not JSON is {@code
   * ParseError} saying where it ends or breaks.
   */
  static List<MessageIssue> plain(Message message, List<MessageIssue> issues) {
    String method = message instanceof RequestMessage request ? request.getMethod()
        : message instanceof NotificationMessage notification ? notification.getMethod() : null;
    List<MessageIssue> plain = new ArrayList<>(issues.size());
    for (MessageIssue issue : issues) {
      Throwable cause = issue.getCause() == null ? null : root(issue.getCause());
      if (cause == null || issue.getIssueCode() != ResponseErrorCode.ParseError.getValue()) {
        plain.add(new MessageIssue(issue.getText(), issue.getIssueCode()));
      } else if (cause instanceof MalformedJsonException || cause instanceof EOFException
          || method == null) {
        plain.add(new MessageIssue("The message is not valid JSON-RPC: " + detail(cause),
            ResponseErrorCode.ParseError.getValue()));
      } else {
        plain.add(new MessageIssue(method + ": " + shape(cause),
            ResponseErrorCode.InvalidParams.getValue()));
      }
    }
    return plain;
  }

  /** What Gson found wrong with the params, in words. */
  private static String shape(Throwable cause) {
    String text = String.valueOf(cause.getMessage());
    Matcher expected = GSON_EXPECTED.matcher(text);
    if (expected.matches()) {
      String path = expected.group(3) == null ? "" : expected.group(3);
      String at = path.startsWith("$.") ? " at " + path.substring(2) : "";
      return "expected " + jsonWords(expected.group(1)) + at + ", found "
          + jsonWords(expected.group(2));
    }
    Matcher notNull = LSP4J_NOT_NULL.matcher(text);
    if (notNull.matches()) {
      return "`" + notNull.group(1) + "` must not be null";
    }
    if (cause instanceof NumberFormatException) {
      return "expected a number, found " + text.replaceFirst("^For input string: ", "");
    }
    return "params of the wrong shape: " + detail(cause);
  }

  /** Gson's first line, without its position in the body. */
  private static String detail(Throwable cause) {
    String text = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").strip();
    return GSON_LOCATION.matcher(text).replaceFirst("");
  }

  private static String jsonWords(String token) {
    return switch (token.toUpperCase(Locale.ROOT)) {
      case "BEGIN_OBJECT", "OBJECT" -> "an object";
      case "BEGIN_ARRAY", "ARRAY" -> "an array";
      case "END_OBJECT" -> "the end of an object";
      case "END_ARRAY" -> "the end of an array";
      case "STRING" -> "a string";
      case "NUMBER", "INT", "LONG", "DOUBLE" -> "a number";
      case "BOOLEAN" -> "true or false";
      case "NULL" -> "null";
      case "END_DOCUMENT" -> "the end of the message";
      default -> token.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  // ---- the input, with bytes given back ---------------------------------------------------------

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xff;
  }

  private int read(byte[] into, int offset, int length) throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    int n = Math.min(length, limit - pos);
    System.arraycopy(buffer, pos, into, offset, n);
    pos += n;
    return n;
  }

  /** Reads what the input has (at least a byte, waiting for it); false at its end. */
  private boolean fill() throws IOException {
    if (buffer.length > BUFFER) {
      buffer = new byte[BUFFER]; // it held bytes given back
    }
    pos = 0;
    limit = 0;
    int n;
    do {
      n = input.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }

  /** Gives back {@code length} bytes of {@code bytes} from {@code offset}, to be read first. */
  private void unread(byte[] bytes, int offset, int length) {
    if (length <= pos) {
      pos -= length;
      System.arraycopy(bytes, offset, buffer, pos, length);
      return;
    }
    byte[] grown = new byte[length + limit - pos];
    System.arraycopy(bytes, offset, grown, 0, length);
    System.arraycopy(buffer, pos, grown, length, limit - pos);
    buffer = grown;
    pos = 0;
    limit = grown.length;
  }

  private static void error(String message) {
    SuretyLanguageServer.LOG.severe(message);
  }

  private static String abbreviate(String text) {
    String s = text.strip().replace("\r", "").replace('\n', ' ');
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
