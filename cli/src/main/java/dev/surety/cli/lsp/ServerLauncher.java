package dev.surety.cli.lsp;

import dev.surety.cli.SuretyCli;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher for the server, with the server's own answers where LSP4J's would be wrong:
 *
 * <ul>
 *   <li>a standard method the server does not implement (LSP4J's services have a default for
 *       each, which throws {@link UnsupportedOperationException}) is answered {@code
 *       MethodNotFound}, as an unknown method is, not {@code InternalError};
 *   <li>no error answer carries a Java stack trace in its {@code data} (LSP4J's default
 *       exception handler puts one there): an exception that escapes a request is answered
 *       {@code InternalError} with its class and first line, and logged as one line ({@link
 *       ServerLog});
 *   <li>a message that cannot be framed (a wrong {@code Content-Length}, none) costs that
 *       message, not every later one ({@link FramedMessageProducer});
 *   <li>the lifecycle of the LSP specification: {@code ServerNotInitialized} before {@code
 *       initialize}, {@code InvalidRequest} for a second {@code initialize} and after {@code
 *       shutdown} ({@link ServerEndpoint}).
 * </ul>
 */
final class ServerLauncher extends LSPLauncher.Builder<LanguageClient> {

  private MessageJsonHandler jsonHandler;
  private RemoteEndpoint remoteEndpoint;
  private ServerEndpoint serverEndpoint;

  private ServerLauncher() {}

  static Launcher<LanguageClient> create(SuretyLanguageServer server, InputStream in,
      OutputStream out, ExecutorService executor) {
    ServerLauncher builder = new ServerLauncher();
    builder.setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(in)
        .setOutput(out)
        .setExecutorService(executor)
        .setExceptionHandler(ServerLauncher::responseError);
    return builder.create();
  }

  /** As LSP4J's, with the server's endpoint between the messages and the services. */
  @Override
  protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
    MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
    serverEndpoint = new ServerEndpoint(ServiceEndpoints.toEndpoint(localServices));
    RemoteEndpoint remote = new RemoteEndpoint(outgoing, serverEndpoint, exceptionHandler);
    jsonHandler.setMethodProvider(remote);
    remote.setJsonHandler(jsonHandler);
    this.jsonHandler = jsonHandler;
    this.remoteEndpoint = remote;
    return remote;
  }

  /**
   * As LSP4J's, reading the input with {@link FramedMessageProducer}, which reads nothing after
   * {@code exit}: what came after it is not answered, so nothing is written on the thread that
   * reads while the server ends (which interrupts that thread, and an interrupt closes an
   * interruptible output channel in the middle of a frame).
   */
  @Override
  protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader,
      MessageConsumer messageConsumer, LanguageClient remoteProxy) {
    FramedMessageProducer producer = new FramedMessageProducer(input, jsonHandler, remoteEndpoint);
    serverEndpoint.onExit(producer::close);
    return new ConcurrentMessageProcessor(producer, messageConsumer);
  }

  /**
   * The error answer for an exception that escaped a request: its own error for a {@link
   * ResponseErrorException}, else {@code InternalError} naming the exception in one line, without
   * data. Logged as one line ({@code --debug} adds the stack trace).
   */
  static ResponseError responseError(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof ResponseErrorException) {
      ResponseError error = ((ResponseErrorException) t).getResponseError();
      return new ResponseError(error.getCode(), error.getMessage(), null);
    }
    String first = SuretyCli.firstLine(t.getMessage());
    String message = "Internal error: " + t.getClass().getSimpleName()
        + (first.isEmpty() ? "" : ": " + first);
    SuretyLanguageServer.LOG.log(Level.SEVERE, message, t);
    return new ResponseError(ResponseErrorCode.InternalError, message, null);
  }

  /**
   * The exception itself, out of the wrappers that reflection, futures and LSP4J's endpoint put
   * around it.
   */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null && t.getCause() != t
        && (t instanceof CompletionException || t instanceof ExecutionException
            || t instanceof InvocationTargetException || t.getClass() == RuntimeException.class)) {
      t = t.getCause();
    }
    return t;
  }

  static <T> CompletableFuture<T> failed(ResponseErrorCode code, String message) {
    CompletableFuture<T> failed = new CompletableFuture<>();
    failed.completeExceptionally(new ResponseErrorException(new ResponseError(code, message, null)));
    return failed;
  }

  /**
   * The services as LSP4J calls them, in the order the messages arrive (on the thread that reads
   * them), with the lifecycle of the LSP specification around them: before {@code initialize} a
   * request is answered {@code ServerNotInitialized} and a notification is dropped, {@code exit}
   * excepted; a second {@code initialize} is an {@code InvalidRequest}, and so is every request
   * after {@code shutdown} (notifications other than {@code exit} are dropped then). An
   * unimplemented method is answered {@code MethodNotFound}.
   */
  static final class ServerEndpoint implements Endpoint {

    enum State { NEW, INITIALIZING, INITIALIZED, SHUT_DOWN }

    private final Endpoint services;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private volatile Runnable onExit = () -> { };

    ServerEndpoint(Endpoint services) {
      this.services = services;
    }

    /** What to do when {@code exit} comes, before the server hears it (stop reading). */
    void onExit(Runnable action) {
      this.onExit = action;
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
      State now = state.get();
      if ("initialize".equals(method)) {
        if (!state.compareAndSet(State.NEW, State.INITIALIZING)) {
          return refuse(ResponseErrorCode.InvalidRequest, method,
              "initialize was received already: it is sent once");
        }
        CompletableFuture<?> answer;
        try {
          answer = call(method, parameter);
        } catch (RuntimeException e) {
          state.set(State.NEW); // not initialized: the client may try again
          throw e;
        }
        answer.whenComplete((result, error) ->
            state.compareAndSet(State.INITIALIZING, error == null ? State.INITIALIZED : State.NEW));
        return answer;
      }
      if ("exit".equals(method)) {
        return refuse(ResponseErrorCode.InvalidRequest, method,
            "exit is a notification: send it without an id");
      }
      switch (now) {
        case NEW:
        case INITIALIZING:
          return refuse(ResponseErrorCode.ServerNotInitialized, method,
              "the server is not initialized: initialize comes first");
        case SHUT_DOWN:
          return refuse(ResponseErrorCode.InvalidRequest, method,
              "the server is shut down: only exit may follow shutdown");
        default:
          if ("shutdown".equals(method)) {
            state.set(State.SHUT_DOWN);
          }
          return call(method, parameter);
      }
    }

    private CompletableFuture<?> call(String method, Object parameter) {
      try {
        return services.request(method, parameter);
      } catch (RuntimeException e) {
        if (unwrap(e) instanceof UnsupportedOperationException) {
          String message = "Unsupported request method: " + method;
          SuretyLanguageServer.LOG.warning(message);
          return failed(ResponseErrorCode.MethodNotFound, message);
        }
        throw e;
      }
    }

    private static CompletableFuture<?> refuse(ResponseErrorCode code, String method,
        String why) {
      SuretyLanguageServer.LOG.warning(method + " refused: " + why);
      return failed(code, why);
    }

    @Override
    public void notify(String method, Object parameter) {
      State now = state.get();
      if ("exit".equals(method)) {
        onExit.run();
      } else if (now != State.INITIALIZED) {
        SuretyLanguageServer.LOG.fine(method + " dropped: "
            + (now == State.SHUT_DOWN ? "after shutdown" : "before initialize"));
        return;
      }
      try {
        services.notify(method, parameter);
      } catch (RuntimeException e) {
        if (!(unwrap(e) instanceof UnsupportedOperationException)) {
          throw e;
        }
        SuretyLanguageServer.LOG.warning("Unsupported notification method: " + method);
      }
    }
  }
}
