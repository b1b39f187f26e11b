package dev.surety.cli.lsp;

import dev.surety.cli.config.ConfigLoader;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.SeverityConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Surety language server. Documents are kept whole (full sync); each change schedules a
 * compilation of the document's text ({@link #DEBOUNCE_MILLIS}) on one compiler
 * thread, and its diagnostics are published only if the document still has the version that was
 * compiled. Requests answer from the analysis of the latest version, compiling it first when the
 * scheduled compilation has not run yet.
 */
public final class SuretyLanguageServer implements LanguageServer, LanguageClientAware {

  /**
   * The pause after a change before the document is compiled: none. A change is compiled as soon
   * as the compiler thread is free; changes that arrive while it compiles replace one another (the
   * pending compilation is cancelled), so a burst of typing costs one compilation of the latest
   * text after the one in progress. A pause would add its whole length to every diagnostic's
   * latency (BENCHMARKS.md, language server).
   */
  public static final long DEBOUNCE_MILLIS = 0;

  static final Logger LOG = Logger.getLogger("dev.surety.cli.lsp");

  /**
   * The files whose changes on disk change diagnostics: drafts (included files) and the
   * configuration (severities); watched by the client when it can register watchers.
   */
  static final List<String> WATCHED = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("**/*.surety"),
      ConfigLoader.FILE_NAMES.stream().map(name -> "**/" + name)).toList();

  private final Workspace workspace;
  private final long debounceMillis;
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService compiler =
      Executors.newSingleThreadScheduledExecutor(daemon("surety-lsp-compile"));
  private final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("surety-lsp-request"));
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private final SuretyTextDocumentService textDocuments = new SuretyTextDocumentService(this);
  private final SuretyWorkspaceService workspaceService = new SuretyWorkspaceService(this);
  private volatile LanguageClient client;
  private volatile ClientCapabilities clientCapabilities;
  private volatile boolean shutdownRequested;

  public SuretyLanguageServer(Path workingDirectory) {
    this(workingDirectory, DEBOUNCE_MILLIS);
  }

  SuretyLanguageServer(Path workingDirectory, long debounceMillis) {
    this.workspace = new Workspace(workingDirectory);
    this.debounceMillis = debounceMillis;
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  @SuppressWarnings("deprecation") // rootUri: what clients without workspace folders send
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params == null || params.getCapabilities() == null) {
      // answered InvalidParams; the client may send initialize again
      return SuretyTextDocumentService.invalid("initialize",
          params == null ? "params" : "capabilities");
    }
    clientCapabilities = params.getCapabilities();
    if (params.getWorkspaceFolders() != null) {
      params.getWorkspaceFolders().stream().map(WorkspaceFolder::getUri).forEach(workspace::addFolder);
    } else if (params.getRootUri() != null) {
      workspace.addFolder(params.getRootUri());
    }
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    capabilities.setTextDocumentSync(sync);
    capabilities.setHoverProvider(true);
    capabilities.setDefinitionProvider(true);
    capabilities.setReferencesProvider(true);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setDocumentFormattingProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(";", ":", ",")));
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("surety", version())));
  }

  /**
   * Asks the client to watch the files the diagnostics depend on ({@link #WATCHED}), if it can
   * register watchers (clients that cannot send {@code workspace/didChangeWatchedFiles} for them
   * of their own accord, as the VS Code extension does). Files are compiled when the editor opens
   * them.
   */
  @Override
  public void initialized(InitializedParams params) {
    ClientCapabilities capabilities = clientCapabilities;
    boolean canRegister = capabilities != null && capabilities.getWorkspace() != null
        && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(
            capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    LanguageClient c = client;
    if (!canRegister || c == null) {
      return;
    }
    List<FileSystemWatcher> watchers = WATCHED.stream()
        .map(glob -> new FileSystemWatcher(Either.forLeft(glob)))
        .collect(Collectors.toList());
    Registration registration = new Registration("surety-watched-files",
        "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers));
    c.registerCapability(new RegistrationParams(List.of(registration)))
        .whenComplete((ignored, error) -> {
          if (error != null) {
            LOG.warning("the client did not register the file watchers: "
                + ServerLauncher.unwrap(error).getMessage());
          }
        });
  }

  /** Answered when every request that came before it has been answered. */
  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    pending.values().forEach(f -> f.cancel(false));
    return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .handle((ignored, error) -> null);
  }

  /** Keeps {@code request} among those that {@code shutdown} waits for until it is answered. */
  <T> CompletableFuture<T> track(CompletableFuture<T> request) {
    inFlight.add(request);
    request.whenComplete((result, error) -> inFlight.remove(request));
    return request;
  }

  /** LSP: exit status 0 after {@code shutdown}, 1 without. */
  @Override
  public void exit() {
    stop();
    exited.complete(shutdownRequested ? 0 : 1);
  }

  /** Completes with the exit status when the client sends {@code exit} (or the input ends). */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  /** The input ended without {@code exit}: the status is as if {@code exit} had come. */
  void inputEnded() {
    exit();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  // ---- documents --------------------------------------------------------------------------------

  Workspace workspace() {
    return workspace;
  }

  Optional<OpenDocument> document(String uri) {
    return Optional.ofNullable(uri == null ? null : documents.get(uri));
  }

  void opened(String uri, int version, String text) {
    OpenDocument doc = new OpenDocument(uri, workspace.target(uri), version, text == null ? "" : text);
    OpenDocument previous = documents.put(uri, doc);
    if (previous != null) {
      previous.close();
    }
    schedule(doc, 0);
  }

  void changed(String uri, int version, String text) {
    OpenDocument doc = documents.get(uri);
    if (doc == null) {
      LOG.warning("change of a document that is not open: " + uri);
      return;
    }
    int before = doc.version();
    if (!doc.change(version, text == null ? "" : text)) {
      // LSP has versions increase; the whole text is the editor's all the same (full sync)
      LOG.warning("the editor sent version " + version + " of " + uri + " after version " + before
          + "; its text is taken, and its diagnostics are published as of version " + version);
    }
    schedule(doc, debounceMillis);
  }

  void closed(String uri) {
    OpenDocument doc = documents.remove(uri);
    ScheduledFuture<?> task = pending.remove(uri);
    if (task != null) {
      task.cancel(false);
    }
    if (doc != null) {
      synchronized (doc) {
        doc.close();
        publish(new PublishDiagnosticsParams(uri, List.of()));
      }
    }
  }

  /** A file changed on disk (saved, or seen by the editor's file watcher). */
  void fileChanged(String uri) {
    Optional<Path> path = Workspace.path(uri);
    if (path.isPresent() && path.get().getFileName() != null
        && ConfigLoader.FILE_NAMES.contains(path.get().getFileName().toString())) {
      configurationChanged(path.get().getParent());
      return;
    }
    for (OpenDocument doc : documents.values()) {
      if (doc.uri().equals(uri)) {
        continue;
      }
      Analysis analysis = doc.analysis();
      boolean includes = analysis != null && path.isPresent()
          && analysis.includedPaths().contains(path.get());
      boolean includeError = analysis != null
          && analysis.report().diagnostics().stream().anyMatch(d -> d.code().equals("SUR002"));
      if (includes || includeError) {
        schedule(doc, debounceMillis, true);
      }
    }
  }

  /**
   * The workspace folders changed: each open document is compiled again under the root it now
   * has (the deepest folder that holds it), and its diagnostics re-published, without waiting for
   * an edit. An include that left the old root may resolve now, or one may no longer.
   */
  void foldersChanged() {
    for (OpenDocument doc : documents.values()) {
      if (doc.retarget(workspace.target(doc.uri()))) {
        schedule(doc, 0, true);
      }
    }
  }

  /**
   * A {@code .surety.json} or {@code surety.toml} in {@code directory} was created, changed or
   * deleted: every open
   * document at or below that directory (whose severities it may give) is checked again and its
   * diagnostics re-published.
   */
  private void configurationChanged(Path directory) {
    for (OpenDocument doc : documents.values()) {
      Workspace.Target target = doc.target();
      Path from = target.file().map(Path::getParent).orElse(target.root());
      if (directory == null || from.startsWith(directory)) {
        schedule(doc, 0, true);
      }
    }
  }

  private void schedule(OpenDocument doc, long delay) {
    schedule(doc, delay, false);
  }

  private void schedule(OpenDocument doc, long delay, boolean fresh) {
    if (shutdownRequested || compiler.isShutdown()) {
      return;
    }
    pending.compute(doc.uri(), (uri, previous) -> {
      if (previous != null) {
        previous.cancel(false);
      }
      try {
        return compiler.schedule(() -> compileAndPublish(doc, fresh), delay,
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        return null; // exiting
      }
    });
  }

  /**
   * Compiles the document's latest version (or takes the analysis a request made of it) and
   * publishes its diagnostics if that is still the latest version; {@code fresh} compiles again
   * even a version already compiled (an included file changed on disk).
   */
  private void compileAndPublish(OpenDocument doc, boolean fresh) {
    try {
      Analysis analysis = fresh ? analyze(doc, doc.snapshot()) : current(doc);
      synchronized (doc) {
        if (doc.offer(analysis)) {
          publish(Diagnostics.publish(analysis));
        }
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "cannot check " + doc.uri(), e);
    }
  }

  /** The analysis of the document's latest version, compiled now if need be. */
  Analysis current(OpenDocument doc) {
    return doc.latest(snapshot -> analyze(doc, snapshot));
  }

  /** The analyses of the open documents other than {@code doc} (for references across files). */
  List<Analysis> otherAnalyses(OpenDocument doc) {
    return documents.values().stream()
        .filter(d -> d != doc)
        .map(OpenDocument::analysis)
        .filter(a -> a != null)
        .collect(Collectors.toList());
  }

  private Analysis analyze(OpenDocument doc, OpenDocument.Snapshot snapshot) {
    Workspace.Target target = snapshot.target();
    Surety surety = Surety.builder()
        .compilerOptions(CompilerOptions.builder().root(target.root()).build())
        .severities(severities(target))
        .assess(false) // the editor shows findings only
        .build();
    Report report = surety.check(snapshot.text(), target.fileName());
    Function<Path, String> openUri = path -> documents.values().stream()
        .filter(d -> d.target().file().map(path::equals).orElse(false))
        .map(OpenDocument::uri)
        .findFirst()
        .orElse(null);
    return new Analysis(doc.uri(), snapshot.version(), snapshot.revision(), snapshot.text(),
        target, report, openUri);
  }

  /**
   * The severities of the nearest {@code .surety.json} or {@code surety.toml} at or above the
   * document (as {@code surety lint} reads it from its working directory); the defaults when there
   * is none, or it is invalid, or a directory holds both (logged).
   */
  private static SeverityConfig severities(Workspace.Target target) {
    Path directory = target.file().map(Path::getParent).orElse(target.root());
    try {
      Optional<Path> file = ConfigLoader.find(directory);
      if (file.isEmpty()) {
        return SeverityConfig.defaults();
      }
      return Surety.severities(ConfigLoader.read(file.get(), file.get().toString()).severity());
    } catch (RuntimeException e) {
      LOG.warning("default severities: " + e.getMessage());
      return SeverityConfig.defaults();
    }
  }

  /** A warning the editor shows the user ({@code window/showMessage}). */
  void showWarning(String message) {
    LanguageClient c = client;
    if (c != null) {
      c.showMessage(new MessageParams(MessageType.Warning, message));
    }
  }

  private void publish(PublishDiagnosticsParams params) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(params);
    }
  }

  ExecutorService requests() {
    return requests;
  }

  /**
   * Stops compiling, and lets the requests already received finish and their answers go out
   * (within ten seconds): a client that sends {@code shutdown} and {@code exit} without waiting
   * still gets its answers. An answer is written by the thread that computes it, inside its task.
   */
  private void stop() {
    // no interrupt: a compilation that is publishing its diagnostics ends its message (an
    // interrupt closes an interruptible output channel mid-frame); waiting ones are cancelled
    pending.values().forEach(f -> f.cancel(false));
    compiler.shutdown();
    requests.shutdown();
    try {
      if (!requests.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warning("exiting with requests unanswered");
      }
      // the output never stops inside a frame (found by fuzzing: LspFuzzTestInputs/messages)
      if (!compiler.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warning("exiting while a compilation runs");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String version() {
    String v = SuretyLanguageServer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
