package dev.surety.cli.lsp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The {@code textDocument/*} methods. Notifications update the documents at once, on the thread
 * that reads the messages, so a request always sees every change sent before it; requests are
 * answered on the server's request threads. A request for a document that is not open gets an
 * empty answer.
 */
final class SuretyTextDocumentService implements TextDocumentService {

  private final SuretyLanguageServer server;

  SuretyTextDocumentService(SuretyLanguageServer server) {
    this.server = server;
  }

  // ---- synchronisation --------------------------------------------------------------------------

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var doc = params.getTextDocument();
    server.opened(doc.getUri(), doc.getVersion(), doc.getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (changes == null || changes.isEmpty()) {
      return;
    }
    // full sync: the last change holds the whole text
    TextDocumentContentChangeEvent last = changes.get(changes.size() - 1);
    if (last.getRange() != null) {
      SuretyLanguageServer.LOG.warning("ignored an incremental change (the server asked for full"
          + " sync): " + params.getTextDocument().getUri());
      return;
    }
    Integer version = params.getTextDocument().getVersion();
    server.changed(params.getTextDocument().getUri(), version == null ? 0 : version,
        last.getText());
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    server.closed(params.getTextDocument().getUri());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    server.fileChanged(params.getTextDocument().getUri());
  }

  // ---- features ---------------------------------------------------------------------------------

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(() -> params.getTextDocument(),
        a -> Hovers.hover(a, params.getPosition()).orElse(null), () -> null);
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return answer(() -> params.getTextDocument(),
        a -> Either.forLeft(Navigation.definition(a, params.getPosition())),
        () -> Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return answer(() -> params.getTextDocument(), a -> Navigation.references(a,
        params.getPosition(),
        params.getContext() == null || params.getContext().isIncludeDeclaration(),
        server.document(a.uri()).map(server::otherAnalyses).orElse(List.of())), List::of);
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return answer(() -> params.getTextDocument(), a -> Either.forRight(new CompletionList(false,
            Completions.complete(a, a.text(), params.getPosition()))),
        () -> Either.forRight(new CompletionList(false, List.of())));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return answer(() -> params.getTextDocument(),
        a -> Symbols.outline(a).stream()
            .map(Either::<SymbolInformation, DocumentSymbol>forRight)
            .collect(java.util.stream.Collectors.toList()),
        List::of);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(() -> params.getTextDocument(),
        a -> CodeActions.quickFixes(a, params.getRange()).stream()
            .map(Either::<Command, CodeAction>forRight)
            .collect(java.util.stream.Collectors.toList()),
        List::of);
  }

  /**
   * The whole document in the canonical layout ({@link Formatting}), from its latest text: no
   * compilation is needed, so none is waited for.
   */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    String uri;
    try {
      uri = params.getTextDocument().getUri();
    } catch (NullPointerException e) { // no params, or no textDocument in them
      SuretyLanguageServer.LOG.warning("a formatting request without a document");
      return CompletableFuture.completedFuture(List.of());
    }
    return server.track(CompletableFutures.computeAsync(server.requests(), cancel -> {
      Optional<OpenDocument> doc = server.document(uri);
      if (doc.isEmpty()) {
        SuretyLanguageServer.LOG.fine("formatting of a document that is not open: " + uri);
        return List.<TextEdit>of();
      }
      return Formatting.format(doc.get().text(), doc.get().target().fileName());
    }));
  }

  /**
   * Answers from the latest analysis of the document, on a request thread; {@code none} when the
   * request names no document or one that is not open.
   */
  private <T> CompletableFuture<T> answer(Supplier<TextDocumentIdentifier> document,
      Function<Analysis, T> feature, Supplier<T> none) {
    String uri;
    try {
      uri = document.get().getUri();
    } catch (NullPointerException e) { // no params, or no textDocument in them
      SuretyLanguageServer.LOG.warning("a request without a document");
      return CompletableFuture.completedFuture(none.get());
    }
    return server.track(CompletableFutures.computeAsync(server.requests(), cancel -> {
      Optional<OpenDocument> doc = server.document(uri);
      if (doc.isEmpty()) {
        SuretyLanguageServer.LOG.fine("request for a document that is not open: " + uri);
        return none.get();
      }
      Analysis analysis = server.current(doc.get());
      cancel.checkCanceled();
      return feature.apply(analysis);
    }));
  }
}
