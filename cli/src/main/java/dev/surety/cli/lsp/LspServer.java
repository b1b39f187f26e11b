package dev.surety.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server on a pair of streams (stdin and stdout for {@code surety lsp}, pipes in
 * the tests) until the client sends {@code exit} or closes the input, and returns the exit status
 * the LSP specification asks for: 0 after {@code shutdown}, 1 without.
 */
public final class LspServer {

  private LspServer() {}

  public static int run(InputStream in, OutputStream out, Path workingDirectory) {
    return run(new SuretyLanguageServer(workingDirectory), in, out);
  }

  /**
   * As {@link #run(InputStream, OutputStream, Path)}, writing the protocol to a character stream
   * that encodes UTF-8 (the command's output writer).
   */
  public static int run(InputStream in, Writer out, Path workingDirectory) {
    return run(in, new WriterOutputStream(out), workingDirectory);
  }

  static int run(SuretyLanguageServer server, InputStream in, OutputStream out) {
    ExecutorService jsonrpc = Executors.newCachedThreadPool(
        SuretyLanguageServer.daemon("surety-lsp-jsonrpc"));
    try {
      Launcher<LanguageClient> launcher = ServerLauncher.create(server, in, out, jsonrpc);
      server.connect(launcher.getRemoteProxy());
      Future<Void> listening = launcher.startListening();
      Thread watcher = new Thread(() -> {
        try {
          listening.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (CancellationException e) {
          // stopped after `exit`
        } catch (ExecutionException | RuntimeException e) {
          SuretyLanguageServer.LOG.log(Level.WARNING, "the connection failed", e);
        }
        server.inputEnded();
      }, "surety-lsp-input");
      watcher.setDaemon(true);
      watcher.start();
      int status = server.exited().join();
      listening.cancel(true);
      return status;
    } finally {
      jsonrpc.shutdownNow();
    }
  }
}
