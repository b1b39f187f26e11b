package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server spoken to as an editor would: LSP4J's client side, over in-process pipes, with a
 * workspace of two files on disk (the draft includes its parties).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LspProtocolTest {

  static final String PARTIES = "party UK \"United Kingdom\".\n"
      + "party FR \"France\".\n"
      + "party US \"United States\"; legislature Congress.\n"
      + "party RU \"Russian Federation\".\n"
      + "trigger attack: armed attack; by RU.\n";

  // "🛡" and "🛰" are two UTF-16 units each and one code point: the columns of UA on that line
  // differ by two between the model and LSP
  static final String US_LINE = "  US backstop: \"дрони 🛡🛰\", air defence; to UA; on attack.";

  static final String MAIN = "include \"parties/europe.surety\".\n"
      + "\n"
      + "arrangement \"Гарантії for Ukraine\" {\n"
      + "  kind guarantee.\n"
      + "  instrument treaty.\n"
      + "  beneficiary UA.\n"
      + "  against RU.\n"
      + "  duration 15 years.\n"
      + "  withdrawal notice 12 months.\n"
      + "  party UA \"Україна 🇺🇦\"; legislature \"Verkhovna Rada\".\n"
      + "\n"
      + "  layer \"Reassurance\" {\n"
      + "    UK, FR troops: land, air; on attack; within 72 hours.\n"
      + "  }\n"
      + US_LINE + "\n"
      + "}\n";

  /** What the editor side received. */
  static final class Client implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {}

    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();

    @Override
    public void showMessage(MessageParams params) {
      shown.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}
  }

  /** A server with a method it does not have, to send an unknown request. */
  interface ServerWithExtras extends LanguageServer {
    @JsonRequest("surety/noSuchMethod")
    CompletableFuture<Object> noSuchMethod(Object params);
  }

  @TempDir Path workspace;

  Client client;
  Launcher<ServerWithExtras> launcher;
  ServerWithExtras server;
  OutputStream toServer;
  CompletableFuture<Integer> status;
  String mainUri;
  String partiesUri;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(workspace.resolve("parties"));
    Files.writeString(workspace.resolve("parties/europe.surety"), PARTIES);
    Files.writeString(workspace.resolve("main.surety"), MAIN);
    mainUri = workspace.resolve("main.surety").toUri().toString();
    partiesUri = workspace.resolve("parties/europe.surety").toUri().toString();

    Pipe up = Pipe.open();
    Pipe down = Pipe.open();
    InputStream serverIn = Channels.newInputStream(up.source());
    toServer = Channels.newOutputStream(up.sink());
    OutputStream serverOut = Channels.newOutputStream(down.sink());
    InputStream clientIn = Channels.newInputStream(down.source());

    SuretyLanguageServer surety = new SuretyLanguageServer(workspace, 300);
    status = CompletableFuture.supplyAsync(() -> LspServer.run(surety, serverIn, serverOut));
    client = new Client();
    launcher = new LSPLauncher.Builder<ServerWithExtras>()
        .setLocalService(client)
        .setRemoteInterface(ServerWithExtras.class)
        .setInput(clientIn)
        .setOutput(toServer)
        .create();
    launcher.startListening();
    server = launcher.getRemoteProxy();

    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    InitializeResult result = server.initialize(init).get(30, TimeUnit.SECONDS);
    assertThat(result.getCapabilities().getTextDocumentSync().getRight().getChange())
        .isEqualTo(TextDocumentSyncKind.Full);
    assertThat(result.getCapabilities().getDocumentFormattingProvider().getLeft()).isTrue();
    server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    if (!status.isDone()) {
      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  void open(String uri, int version, String text) {
    server.getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "surety", version, text)));
  }

  void change(String uri, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(text))));
  }

  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = client.diagnostics.poll(100, TimeUnit.MILLISECONDS);
      if (p != null && p.getUri().equals(uri) && test.test(p)) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri + " as expected");
  }

  static List<String> codes(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).collect(Collectors.toList());
  }

  /** The LSP position (UTF-16) of the {@code n}th occurrence of {@code needle} on the line that holds {@code lineText}. */
  static Position at(String text, String lineText, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(lineText) || lines[i].contains(lineText)) {
        return new Position(i, lines[i].indexOf(needle)); // String indexes are UTF-16 units
      }
    }
    throw new AssertionError("no line " + lineText);
  }

  TextDocumentIdentifier doc(String uri) {
    return new TextDocumentIdentifier(uri);
  }

  Hover hover(String uri, Position p) throws Exception {
    return server.getTextDocumentService().hover(new HoverParams(doc(uri), p)).get(30, TimeUnit.SECONDS);
  }

  // ---- diagnostics ----------------------------------------------------------------------------

  @Test
  void diagnosticsArePublishedOnOpenWithUtf16Ranges() throws Exception {
    open(mainUri, 1, MAIN);
    PublishDiagnosticsParams published = awaitDiagnostics(mainUri, p -> true);
    assertThat(published.getVersion()).isEqualTo(1);
    Diagnostic sur201 = published.getDiagnostics().stream()
        .filter(d -> d.getCode().getLeft().equals("SUR201")).findFirst().orElseThrow();
    int line = MAIN.split("\n").length - 2;
    assertThat(sur201.getRange()).isEqualTo(new Range(new Position(line, 2),
        new Position(line, US_LINE.length())));
    assertThat(sur201.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(sur201.getSource()).isEqualTo("surety");
    assertThat(sur201.getMessage()).contains("help: add `; requires Congress ratification`");
    assertThat(sur201.getCodeDescription().getHref())
        .isEqualTo("https://surety.dev/docs/rules#sur201-missing-legislative-approval");
    assertThat(sur201.getRelatedInformation()).singleElement()
        .satisfies(r -> assertThat(r.getLocation().getUri()).isEqualTo(partiesUri));
  }

  @Test
  void changesAreDebouncedAndOnlyTheLatestVersionIsPublished() throws Exception {
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> p.getVersion() == 1);
    String fixed = MAIN.replace("on attack.\n}", "on attack; requires Congress ratification.\n}");
    change(mainUri, 2, MAIN.replace("kind guarantee.", "kind guarante."));
    change(mainUri, 3, MAIN.replace("beneficiary UA.", "beneficiary UX."));
    change(mainUri, 4, fixed);
    PublishDiagnosticsParams latest = awaitDiagnostics(mainUri, p -> p.getVersion() == 4);
    assertThat(codes(latest)).doesNotContain("SUR201", "SUR005", "SUR101");
    Thread.sleep(700);
    List<PublishDiagnosticsParams> rest = new ArrayList<>();
    client.diagnostics.drainTo(rest);
    // versions 2 and 3 were replaced within the pause: never compiled, never published
    assertThat(rest).allSatisfy(p -> assertThat(p.getVersion()).isEqualTo(4));
  }

  @Test
  void openFilesThatIncludeAChangedFileAreRepublished() throws Exception {
    open(mainUri, 1, MAIN);
    PublishDiagnosticsParams before = awaitDiagnostics(mainUri, p -> true);
    assertThat(before.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("SUR201"))
        .hasSize(1);
    Files.writeString(workspace.resolve("parties/europe.surety"),
        PARTIES.replace("party FR \"France\".", "party FR \"France\"; legislature Parliament."));
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(partiesUri, FileChangeType.Changed))));
    PublishDiagnosticsParams after = awaitDiagnostics(mainUri, p -> true);
    // FR now declares a legislature: its troops need Parliament's ratification too
    assertThat(after.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("SUR201"))
        .hasSize(2);
  }

  @Test
  void savingAnOpenIncludedFileRepublishesTheFilesThatIncludeIt() throws Exception {
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> codes(p).contains("SUR201"));
    String fixed = PARTIES.replace("party US \"United States\"; legislature Congress.",
        "party US \"United States\".");
    open(partiesUri, 1, PARTIES);
    change(partiesUri, 2, fixed);
    Files.writeString(workspace.resolve("parties/europe.surety"), fixed);
    server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(doc(partiesUri)));
    PublishDiagnosticsParams after = awaitDiagnostics(mainUri, p -> !codes(p).contains("SUR201"));
    assertThat(after.getVersion()).isEqualTo(1);
  }

  @Test
  void theSeveritiesOfTheNearestConfigurationApply() throws Exception {
    Files.writeString(workspace.resolve(".surety.json"),
        "{\"severity\": {\"SUR201\": \"off\", \"SUR113\": \"error\"}}");
    open(mainUri, 1, MAIN);
    PublishDiagnosticsParams published = awaitDiagnostics(mainUri, p -> true);
    assertThat(codes(published)).doesNotContain("SUR201");
    assertThat(published.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("SUR113"))
        .isNotEmpty().allSatisfy(d -> assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error));
  }

  void folders(List<Path> added, List<Path> removed) {
    server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
        new WorkspaceFoldersChangeEvent(
            added.stream().map(p -> new WorkspaceFolder(p.toUri().toString(), "f"))
                .collect(Collectors.toList()),
            removed.stream().map(p -> new WorkspaceFolder(p.toUri().toString(), "f"))
                .collect(Collectors.toList()))));
  }

  @Test
  void openDocumentsAreReRootedWhenTheWorkspaceFoldersChange() throws Exception {
    // a draft in a subdirectory whose include goes up to the workspace folder
    Files.createDirectories(workspace.resolve("drafts"));
    String draft = MAIN.replace("include \"parties/", "include \"../parties/");
    Files.writeString(workspace.resolve("drafts/draft.surety"), draft);
    String draftUri = workspace.resolve("drafts/draft.surety").toUri().toString();
    open(draftUri, 1, draft);
    awaitDiagnostics(draftUri, p -> codes(p).contains("SUR201") && !codes(p).contains("SUR002"));
    // without the folder, its root is its own directory: the include is not found
    folders(List.of(), List.of(workspace));
    PublishDiagnosticsParams outside = awaitDiagnostics(draftUri, p -> codes(p).contains("SUR002"));
    assertThat(outside.getVersion()).isEqualTo(1);
    assertThat(hover(draftUri, at(draft, "UK, FR troops", "FR")).getContents().getRight().getValue())
        .doesNotContain("France");
    // the folder again: the include resolves, without an edit
    folders(List.of(workspace), List.of());
    PublishDiagnosticsParams inside = awaitDiagnostics(draftUri, p -> !codes(p).contains("SUR002"));
    assertThat(inside.getVersion()).isEqualTo(1);
    assertThat(codes(inside)).contains("SUR201").doesNotContain("SUR101");
    assertThat(hover(draftUri, at(draft, "UK, FR troops", "FR")).getContents().getRight().getValue())
        .contains("party FR \"France\".");
  }

  @Test
  void aChangedConfigurationIsAppliedToTheOpenDocumentsAtOnce() throws Exception {
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> codes(p).contains("SUR201"));
    Path config = workspace.resolve(".surety.json");
    String configUri = config.toUri().toString();
    // created: SUR201 off, SUR113 an error
    Files.writeString(config, "{\"severity\": {\"SUR201\": \"off\", \"SUR113\": \"error\"}}");
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(configUri, FileChangeType.Created))));
    PublishDiagnosticsParams off = awaitDiagnostics(mainUri, p -> !codes(p).contains("SUR201"));
    assertThat(off.getVersion()).isEqualTo(1);
    assertThat(off.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("SUR113"))
        .isNotEmpty().allSatisfy(d -> assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error));
    // deleted: the defaults again
    Files.delete(config);
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(configUri, FileChangeType.Deleted))));
    awaitDiagnostics(mainUri, p -> codes(p).contains("SUR201"));
    // a configuration in a directory that holds no open document changes nothing for them
    Files.createDirectories(workspace.resolve("elsewhere"));
    Files.writeString(workspace.resolve("elsewhere/.surety.json"), "{\"severity\": {\"SUR201\": \"off\"}}");
    client.diagnostics.clear();
    server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
        new FileEvent(workspace.resolve("elsewhere/.surety.json").toUri().toString(),
            FileChangeType.Created))));
    assertThat(hover(mainUri, at(MAIN, "UK, FR troops", "troops"))).isNotNull();
    Thread.sleep(500);
    assertThat(client.diagnostics).isEmpty();
  }

  @Test
  void closingClearsTheDiagnostics() throws Exception {
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> !p.getDiagnostics().isEmpty());
    server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(doc(mainUri)));
    awaitDiagnostics(mainUri, p -> p.getDiagnostics().isEmpty());
  }

  @Test
  void incrementalChangesAreAppliedInOrderNotDropped() throws Exception {
    // the server asks for full sync; a client that sends ranges all the same must not leave the
    // server on an old text (it was: the change was logged and dropped, its diagnostics stale)
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> codes(p).contains("SUR201"));
    int line = MAIN.split("\n").length - 2; // US_LINE, with 🛡🛰 before its end
    Position beforeFinalDot = new Position(line, US_LINE.length() - 1); // UTF-16
    TextDocumentContentChangeEvent requires = new TextDocumentContentChangeEvent(
        new Range(beforeFinalDot, beforeFinalDot), "; requires Congress ratification");
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(mainUri, 2), List.of(requires)));
    PublishDiagnosticsParams fixed = awaitDiagnostics(mainUri, p -> p.getVersion() == 2);
    assertThat(codes(fixed)).doesNotContain("SUR201", "SUR001");

    // a whole text, then a range in it, in one notification: applied in that order
    String undeclared = MAIN.replace("beneficiary UA.", "beneficiary UX.");
    Position ux = at(undeclared, "beneficiary UX.", "UX");
    TextDocumentContentChangeEvent back = new TextDocumentContentChangeEvent(
        new Range(ux, new Position(ux.getLine(), ux.getCharacter() + 2)), "UA");
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(mainUri, 3),
        List.of(new TextDocumentContentChangeEvent(undeclared), back)));
    PublishDiagnosticsParams again = awaitDiagnostics(mainUri, p -> p.getVersion() == 3);
    // UX was written back to UA: no undeclared id; the whole text undid the ratification
    assertThat(codes(again)).contains("SUR201").doesNotContain("SUR101", "SUR001");
  }

  // ---- hover ----------------------------------------------------------------------------------

  @Test
  void hoverOnAnIdShowsItsDeclarationEvenAfterEmoji() throws Exception {
    open(mainUri, 1, MAIN);
    Hover hover = hover(mainUri, at(MAIN, US_LINE, "UA"));
    assertThat(hover.getContents().getRight().getValue())
        .contains("party UA \"Україна 🇺🇦\"; legislature \"Verkhovna Rada\".");
  }

  @Test
  void hoverOnAVocabularyTermShowsItsCanonicalFormAndCategory() throws Exception {
    open(mainUri, 1, MAIN);
    String value = hover(mainUri, at(MAIN, "UK, FR troops", "troops")).getContents().getRight()
        .getValue();
    assertThat(value).contains("**presence**", "military (response)", "`troops`");
  }

  @Test
  void hoverOnAFindingShowsTheRuleAndItsDocumentation() throws Exception {
    open(mainUri, 1, MAIN);
    String value = hover(mainUri, at(MAIN, US_LINE, "backstop")).getContents().getRight()
        .getValue();
    assertThat(value).contains("SUR201", "https://surety.dev/docs/rules#sur201-missing-legislative-approval",
        "declares a legislature");
  }

  // ---- definition and references --------------------------------------------------------------

  @Test
  void definitionOfAnIncludedIdIsInTheIncludedFile() throws Exception {
    open(mainUri, 1, MAIN);
    List<? extends Location> locations = server.getTextDocumentService()
        .definition(new DefinitionParams(doc(mainUri), at(MAIN, "UK, FR troops", "FR")))
        .get(30, TimeUnit.SECONDS).getLeft();
    assertThat(locations).singleElement().satisfies(l -> {
      assertThat(l.getUri()).isEqualTo(partiesUri);
      assertThat(l.getRange()).isEqualTo(new Range(new Position(1, 6), new Position(1, 8)));
    });
  }

  @Test
  void definitionAfterEmojiLandsOnTheDeclaration() throws Exception {
    open(mainUri, 1, MAIN);
    List<? extends Location> locations = server.getTextDocumentService()
        .definition(new DefinitionParams(doc(mainUri), at(MAIN, US_LINE, "UA")))
        .get(30, TimeUnit.SECONDS).getLeft();
    Position declared = at(MAIN, "party UA", "UA");
    assertThat(locations).singleElement().satisfies(l -> {
      assertThat(l.getUri()).isEqualTo(mainUri);
      assertThat(l.getRange().getStart()).isEqualTo(declared);
    });
  }

  @Test
  void referencesAcrossIncludes() throws Exception {
    open(mainUri, 1, MAIN);
    open(partiesUri, 1, PARTIES);
    awaitDiagnostics(partiesUri, p -> true);
    ReferenceParams params = new ReferenceParams(doc(partiesUri), new Position(3, 6),
        new ReferenceContext(true));
    List<? extends Location> refs =
        server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
    // RU: declared in the parties, used by the trigger there and by `against` in the draft
    assertThat(refs).extracting(Location::getUri)
        .containsExactlyInAnyOrder(partiesUri, partiesUri, mainUri);
    assertThat(refs).filteredOn(l -> l.getUri().equals(mainUri)).singleElement()
        .satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(at(MAIN, "against RU", "RU")));

    params.setContext(new ReferenceContext(false));
    assertThat(server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS))
        .hasSize(2);
  }

  // ---- completion -----------------------------------------------------------------------------

  int version = 1;

  List<String> complete(String text, Position p) throws Exception {
    change(mainUri, ++version, text);
    var result = server.getTextDocumentService()
        .completion(new CompletionParams(doc(mainUri), p)).get(30, TimeUnit.SECONDS);
    return result.getRight().getItems().stream().map(CompletionItem::getLabel)
        .collect(Collectors.toList());
  }

  @Test
  void completionOffersWhatFitsThePosition() throws Exception {
    open(mainUri, 1, MAIN);
    // qualifiers after `;`, with the ratification that the committing party's legislature needs
    String afterSemicolon = MAIN.replace("on attack.\n}", "on attack; \n}");
    Position p = at(afterSemicolon, US_LINE.replace("attack.", "attack; "), "attack; ");
    p.setCharacter(p.getCharacter() + "attack; ".length());
    assertThat(complete(afterSemicolon, p))
        .contains("requires Congress ratification", "within", "as deemed necessary");

    // triggers after `on`
    String afterOn = MAIN.replace("to UA; on attack.", "to UA; on ");
    Position q = at(afterOn, "to UA; on ", "on ");
    q.setCharacter(q.getCharacter() + 3);
    assertThat(complete(afterOn, q)).containsExactly("attack");

    // kinds after the committing parties, items after `:`
    String kinds = MAIN.replace("  }\n", "  }\n  UK \n");
    assertThat(complete(kinds, new Position(14, 5))).contains("backstop", "military aid");
    String items = MAIN.replace("  }\n", "  }\n  UK military aid: \n");
    assertThat(complete(items, new Position(14, 21))).contains("air defence", "long-range fires");

    // declared ids (from the included file too) where a statement begins
    String start = MAIN.replace("  }\n", "  }\n  \n");
    assertThat(complete(start, new Position(14, 2))).contains("UK", "US", "UA", "kind", "layer");
  }

  @Test
  void aPhraseCompletionCarriesTheEditThatReplacesItsTypedWords() throws Exception {
    open(mainUri, 1, MAIN);
    String text = MAIN.replace("  kind guarantee.\n", "  kind guarantee.\n  status in \n");
    change(mainUri, 2, text);
    Position p = at(text, "  status in ", "in ");
    p.setCharacter(p.getCharacter() + 3);
    List<CompletionItem> items = server.getTextDocumentService()
        .completion(new CompletionParams(doc(mainUri), p)).get(30, TimeUnit.SECONDS)
        .getRight().getItems();
    assertThat(items).singleElement().satisfies(item -> {
      assertThat(item.getLabel()).isEqualTo("in force");
      assertThat(item.getFilterText()).isEqualTo("in force");
      TextEdit edit = item.getTextEdit().getLeft();
      assertThat(edit.getRange()).isEqualTo(new Range(at(text, "  status in ", "in "), p));
      assertThat(apply(text, edit)).contains("  status in force\n");
    });
  }

  // ---- symbols and code actions ----------------------------------------------------------------

  @Test
  void documentSymbolsOutlineTheArrangement() throws Exception {
    open(mainUri, 1, MAIN);
    List<DocumentSymbol> symbols = server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc(mainUri))).get(30, TimeUnit.SECONDS)
        .stream().map(e -> e.getRight()).collect(Collectors.toList());
    assertThat(symbols).singleElement().satisfies(arrangement -> {
      assertThat(arrangement.getName()).isEqualTo("\"Гарантії for Ukraine\"");
      assertThat(arrangement.getChildren()).extracting(DocumentSymbol::getName)
          .containsExactly("party UA", "layer \"Reassurance\"", "US backstop");
      assertThat(arrangement.getChildren().get(1).getChildren())
          .extracting(DocumentSymbol::getName).containsExactly("UK, FR troops");
    });
  }

  @Test
  void theQuickFixAddsTheRatificationTheHelpNames() throws Exception {
    open(mainUri, 1, MAIN);
    PublishDiagnosticsParams published = awaitDiagnostics(mainUri, p -> true);
    Diagnostic sur201 = published.getDiagnostics().stream()
        .filter(d -> d.getCode().getLeft().equals("SUR201")).findFirst().orElseThrow();
    List<CodeAction> actions = server.getTextDocumentService()
        .codeAction(new CodeActionParams(doc(mainUri), sur201.getRange(),
            new CodeActionContext(List.of(sur201))))
        .get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).collect(Collectors.toList());
    CodeAction fix = actions.stream().filter(a -> a.getTitle().contains("requires Congress"))
        .findFirst().orElseThrow();
    List<TextEdit> edits = fix.getEdit().getChanges().get(mainUri);
    assertThat(edits).singleElement().satisfies(e -> {
      assertThat(e.getNewText()).isEqualTo("; requires Congress ratification");
      assertThat(e.getRange().getStart()).isEqualTo(at(MAIN, US_LINE, "."));
    });
    String applied = apply(MAIN, edits.get(0));
    assertThat(applied).contains("on attack; requires Congress ratification.\n}");
    change(mainUri, 2, applied);
    PublishDiagnosticsParams after = awaitDiagnostics(mainUri, p -> p.getVersion() == 2);
    assertThat(codes(after)).doesNotContain("SUR201");
  }

  static String apply(String text, TextEdit edit) {
    PositionMapper m = new PositionMapper(text);
    int from = m.offset(edit.getRange().getStart());
    int to = m.offset(edit.getRange().getEnd());
    return text.substring(0, from) + edit.getNewText() + text.substring(to);
  }

  // ---- formatting -----------------------------------------------------------------------------

  List<? extends TextEdit> formatting(String uri) throws Exception {
    return server.getTextDocumentService()
        .formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(4, false)))
        .get(30, TimeUnit.SECONDS);
  }

  @Test
  void formattingReplacesTheWholeDocumentWithTheFormattersText() throws Exception {
    // the last line has no line end and two characters of two UTF-16 units each
    String lastLine = "// 🛡🛰 end";
    String messy = MAIN.replace("  kind guarantee.\n", "kind   guarantee .\n")
        .replace("UK, FR troops: land, air;", "UK,FR troops:land,air;") + lastLine;
    open(mainUri, 1, messy);
    List<? extends TextEdit> edits = formatting(mainUri);
    assertThat(edits).singleElement().satisfies(e -> {
      assertThat(e.getRange().getStart()).isEqualTo(new Position(0, 0));
      assertThat(e.getRange().getEnd())
          .isEqualTo(new Position((int) messy.lines().count() - 1, lastLine.length()));
      assertThat(apply(messy, e)).isEqualTo(MAIN + lastLine + "\n");
    });
    // the editor's text is formatted, not the file on disk
    assertThat(Files.readString(workspace.resolve("main.surety"))).isEqualTo(MAIN);
    change(mainUri, 2, apply(messy, edits.get(0)));
    assertThat(formatting(mainUri)).as("formatted once, nothing more to do").isEmpty();
  }

  @Test
  void formattingAFormattedDocumentChangesNothing() throws Exception {
    open(mainUri, 1, MAIN);
    assertThat(formatting(mainUri)).isEmpty();
    open(partiesUri, 1, PARTIES);
    assertThat(formatting(partiesUri)).isEmpty();
  }

  @Test
  void formattingADocumentWithSyntaxErrorsChangesNothing() throws Exception {
    String broken = MAIN.replace("  kind guarantee.\n", "kind   guarantee\n");
    open(mainUri, 1, broken);
    assertThat(formatting(mainUri)).isEmpty();
    PublishDiagnosticsParams published = awaitDiagnostics(mainUri, p -> true);
    assertThat(codes(published)).contains("SUR001");
    String unknown = workspace.resolve("nowhere.surety").toUri().toString();
    assertThat(formatting(unknown)).isEmpty();
    change(mainUri, 2, MAIN.replace("  kind guarantee.\n", "kind   guarantee.\n"));
    assertThat(formatting(mainUri)).as("the server still answers").hasSize(1);
  }

  /**
   * A directive covering a line with two statements: the formatter leaves the text as it is, and
   * since no published finding says why, the user is told (syntax errors are not: they are shown).
   */
  @Test
  void aDocumentTheFormatterLeavesAsItIsIsSaidToTheUser() throws Exception {
    String covered = "party A \"A\".\n// surety:disable-next-line SUR101\nparty B \"B\". party C \"C\".\n";
    open(partiesUri, 1, covered);
    assertThat(formatting(partiesUri)).isEmpty();
    MessageParams shown = client.shown.poll(30, TimeUnit.SECONDS);
    assertThat(shown).isNotNull();
    assertThat(shown.getType()).isEqualTo(MessageType.Warning);
    assertThat(shown.getMessage()).startsWith("Surety: ")
        .contains("europe.surety:2: the formatter left this file as it is")
        .contains("put each statement of that line on a line of its own");
    open(mainUri, 1, MAIN.replace("  kind guarantee.\n", "kind   guarantee\n"));
    assertThat(formatting(mainUri)).isEmpty();
    assertThat(client.shown).as("syntax errors are not said again").isEmpty();
  }

  // ---- resilience -----------------------------------------------------------------------------

  @Test
  void malformedMessagesLeaveItAnswering() throws Exception {
    open(mainUri, 1, MAIN);
    awaitDiagnostics(mainUri, p -> true);
    send(frame("{not json!!}"));
    send(frame("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":5}"));
    send(frame("[]"));
    send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":7}}"));
    send(frame("{\"jsonrpc\":\"2.0\",\"id\":100,\"method\":\"textDocument/hover\",\"params\":null}"));
    send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/x\"}"));
    send("X-Garbage: yes\r\n\r\n"); // a header without Content-Length
    Hover hover = hover(mainUri, at(MAIN, "UK, FR troops", "troops"));
    assertThat(hover.getContents().getRight().getValue()).contains("presence");
  }

  @Test
  void aMisframedMessageCostsNoMoreThanItself() throws Exception {
    open(mainUri, 1, MAIN);
    Position troops = at(MAIN, "UK, FR troops", "troops");
    String notification = "{\"jsonrpc\":\"2.0\",\"method\":\"surety/nothing\",\"params\":{}}";
    // headers without Content-Length, then a body
    send("X-Foo: bar\r\n\r\n{}");
    assertThat(hover(mainUri, troops)).isNotNull();
    assertThat(hover(mainUri, troops)).isNotNull();
    // a Content-Length too short: the rest of the body comes before the next header
    send("Content-Length: 10\r\n\r\n" + notification);
    assertThat(hover(mainUri, troops)).isNotNull();
    assertThat(hover(mainUri, troops)).isNotNull();
    // too long: the body would take in the next message, sent after it
    send("Content-Length: 4000\r\n\r\n" + notification);
    assertThat(hover(mainUri, troops)).isNotNull();
    assertThat(hover(mainUri, troops)).isNotNull();
    // a Content-Length that is not a number
    send("Content-Length: many\r\n\r\n" + notification);
    assertThat(hover(mainUri, troops)).isNotNull();
  }

  static String frame(String body) {
    return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  void send(String raw) throws IOException {
    synchronized (toServer) {
      toServer.write(raw.getBytes(StandardCharsets.UTF_8));
      toServer.flush();
    }
  }

  @Test
  void unknownMethodsAndUnknownDocumentsAreAnswered() throws Exception {
    assertThatThrownBy(() -> server.noSuchMethod(null).get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(ResponseErrorException.class, e -> assertThat(
            e.getResponseError().getCode()).isEqualTo(ResponseErrorCode.MethodNotFound.getValue()));
    String unknown = workspace.resolve("nowhere.surety").toUri().toString();
    assertThat(hover(unknown, new Position(0, 0))).isNull();
    assertThat(server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc(unknown))).get(30, TimeUnit.SECONDS))
        .isEmpty();
    assertThat(server.getTextDocumentService()
        .definition(new DefinitionParams(doc(unknown), new Position(5, 5)))
        .get(30, TimeUnit.SECONDS).getLeft()).isEmpty();
    change(unknown, 3, "party X \"x\".");
    open(mainUri, 1, MAIN);
    assertThat(hover(mainUri, at(MAIN, "UK, FR troops", "troops"))).isNotNull();
  }

  /** Standard requests that the server does not implement (it does not advertise them). */
  static final List<String> NOT_IMPLEMENTED = List.of("textDocument/rename",
      "textDocument/prepareRename", "textDocument/documentHighlight", "textDocument/foldingRange",
      "textDocument/signatureHelp", "completionItem/resolve", "textDocument/rangeFormatting",
      "textDocument/semanticTokens/full", "workspace/symbol", "textDocument/typeDefinition",
      "textDocument/implementation", "textDocument/codeLens", "textDocument/documentLink",
      "textDocument/onTypeFormatting", "textDocument/inlayHint", "textDocument/declaration",
      "textDocument/diagnostic");

  /** The error that answered a request sent as it is (method and params). */
  ResponseError errorOf(String method, Object params) {
    CompletableFuture<Object> answer = launcher.getRemoteEndpoint().request(method, params);
    Throwable thrown = catchThrowable(() -> answer.get(30, TimeUnit.SECONDS));
    assertThat(thrown).as(method + " is answered with an error").isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ResponseErrorException.class);
    return ((ResponseErrorException) thrown.getCause()).getResponseError();
  }

  @Test
  void standardMethodsThatAreNotImplementedAreMethodNotFoundWithoutAStackTrace() throws Exception {
    open(mainUri, 1, MAIN);
    Map<String, Object> params = Map.of("textDocument", Map.of("uri", mainUri),
        "position", Map.of("line", 0, "character", 0), "newName", "X", "query", "",
        "range", Map.of("start", Map.of("line", 0, "character", 0),
            "end", Map.of("line", 1, "character", 0)), "ch", ".", "label", "UK",
        "options", Map.of("tabSize", 2, "insertSpaces", true));
    for (String method : NOT_IMPLEMENTED) {
      ResponseError error = errorOf(method, params);
      assertThat(error.getCode()).as(method).isEqualTo(ResponseErrorCode.MethodNotFound.getValue());
      assertThat(error.getMessage()).as(method).isEqualTo("Unsupported request method: " + method);
      assertThat(error.getData()).as(method).isNull();
    }
    assertThat(hover(mainUri, at(MAIN, "UK, FR troops", "troops"))).isNotNull();
  }

  @Test
  void aRequestWithoutItsPositionOrRangeIsInvalidParamsNamingIt() throws Exception {
    open(mainUri, 1, MAIN);
    Map<String, Object> document = Map.of("uri", mainUri);
    Map<String, Object> origin = Map.of("line", 0, "character", 0);
    for (String method : List.of("textDocument/hover", "textDocument/completion",
        "textDocument/definition", "textDocument/references")) {
      ResponseError error = errorOf(method, Map.of("textDocument", document,
          "context", Map.of("includeDeclaration", true)));
      assertThat(error.getCode()).as(method).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
      assertThat(error.getMessage()).isEqualTo(method + " without position");
      assertThat(error.getData()).isNull();
    }
    Map<String, Object> context = Map.of("diagnostics", List.of());
    for (Map<String, Object> params : List.<Map<String, Object>>of(
        Map.of("textDocument", document, "context", context),
        Map.of("textDocument", document, "context", context, "range", Map.of("start", origin)))) {
      ResponseError error = errorOf("textDocument/codeAction", params);
      assertThat(error.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
      assertThat(error.getMessage()).isEqualTo("textDocument/codeAction without range");
    }
    // a negative position is none (LSP's are unsigned), not the document's start
    ResponseError negative = errorOf("textDocument/hover", Map.of("textDocument", document,
        "position", Map.of("line", -5, "character", 0)));
    assertThat(negative.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
    assertThat(negative.getMessage()).isEqualTo(
        "textDocument/hover without position (a line or character is negative)");
    assertThat(errorOf("textDocument/codeAction", Map.of("textDocument", document,
        "context", context, "range", Map.of("start", origin,
            "end", Map.of("line", 0, "character", -1)))).getMessage()).isEqualTo(
        "textDocument/codeAction without range (a line or character is negative)");
    assertThat(errorOf("textDocument/hover", Map.of("position", origin)).getMessage())
        .isEqualTo("textDocument/hover without textDocument");
    assertThat(errorOf("textDocument/documentSymbol", Map.of("textDocument", Map.of()))
        .getMessage()).isEqualTo("textDocument/documentSymbol without textDocument.uri");
    assertThat(errorOf("textDocument/formatting", null).getMessage())
        .isEqualTo("textDocument/formatting without params");
    // params that are not the shape LSP gives them: InvalidParams in words, no Java exception
    ResponseError shape = errorOf("textDocument/hover", Map.of("textDocument", 5, "position", origin));
    assertThat(shape.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
    assertThat(shape.getMessage())
        .isEqualTo("textDocument/hover: expected an object at params.textDocument, found a number");
    assertThat(shape.getData()).isNull();
    // a document that is not open is no error: the answer is empty
    String unknown = workspace.resolve("nowhere.surety").toUri().toString();
    assertThat(hover(unknown, new Position(0, 0))).isNull();
    assertThat(hover(mainUri, at(MAIN, "UK, FR troops", "troops"))).isNotNull();
  }

  @Test
  void anExceptionIsAnsweredInOneLineWithoutAStackTrace() {
    ResponseError error = ServerLauncher.responseError(new java.util.concurrent.CompletionException(
        new NullPointerException("Cannot invoke \"Position.getLine()\"\n\tat somewhere")));
    assertThat(error.getCode()).isEqualTo(ResponseErrorCode.InternalError.getValue());
    assertThat(error.getMessage())
        .isEqualTo("Internal error: NullPointerException: Cannot invoke \"Position.getLine()\"");
    assertThat(error.getData()).isNull();
    ResponseError own = ServerLauncher.responseError(new ResponseErrorException(
        new ResponseError(ResponseErrorCode.InvalidParams, "no position", "data")));
    assertThat(own.getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
    assertThat(own.getData()).isNull();
  }

  @Test
  void aDocumentOfMegabytesIsCheckedAndTheServerKeepsAnswering() throws Exception {
    StringBuilder big = new StringBuilder(MAIN.replace("\n}\n", "\n"));
    while (big.length() < 1_100_000) {
      big.append("  UK military aid: air defence, \"ракети 🚀\"; annually EUR 1 billion.\n");
    }
    big.append("}\n");
    assertThat(big.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);
    String bigUri = workspace.resolve("big.surety").toUri().toString();
    open(bigUri, 1, big.toString());
    open(mainUri, 1, MAIN);
    Hover hover = hover(mainUri, at(MAIN, "UK, FR troops", "troops"));
    assertThat(hover).isNotNull();
    PublishDiagnosticsParams published = awaitDiagnostics(bigUri, p -> true);
    assertThat(codes(published)).contains("SUR201");
    assertThat(published.getDiagnostics()).hasSizeLessThanOrEqualTo(Diagnostics.MAX_PUBLISHED);
    assertThat(server.getTextDocumentService()
        .documentSymbol(new DocumentSymbolParams(doc(bigUri))).get(60, TimeUnit.SECONDS))
        .hasSize(1);
  }

  // ---- exit -----------------------------------------------------------------------------------

  @Test
  void exitAfterShutdownIsStatusZero() throws Exception {
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void exitWithoutShutdownIsStatusOne() throws Exception {
    server.exit();
    assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(1);
  }
}
