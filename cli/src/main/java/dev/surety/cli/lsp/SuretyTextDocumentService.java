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
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The {@code textDocument/*} methods. Notifications update the documents at once, on the thread
 * that reads the messages, so a request always sees every change sent before it; requests are
 * answered on the server's request threads. A request for a document that is not open gets an
 * empty answer; one without a field it needs ({@code textDocument}, {@code position}, {@code
 * range}) is answered {@code InvalidParams}, naming the field.
 */
final class SuretyTextDocumentService implements TextDocumentService {

  private final SuretyLanguageServer server;

  SuretyTextDocumentService(SuretyLanguageServer server) {
    this.server = server;
  }

  // ---- synchronisation --------------------------------------------------------------------------

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    // a text of null opens an empty document
    if (lacks("textDocument/didOpen", params, p -> p.getTextDocument() == null ? null
        : p.getTextDocument().getUri() == null ? new TextDocumentIdentifier() // LSP4J: no null uri
        : new TextDocumentIdentifier(p.getTextDocument().getUri()))) {
      return;
    }
    var doc = params.getTextDocument();
    server.opened(doc.getUri(), doc.getVersion(), doc.getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    if (lacks("textDocument/didChange", params, DidChangeTextDocumentParams::getTextDocument)) {
      return;
    }
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (changes == null || changes.isEmpty()) {
      return;
    }
    String uri = params.getTextDocument().getUri();
    Integer version = params.getTextDocument().getVersion();
    String text = server.document(uri).map(OpenDocument::text).orElse(null);
    server.changed(uri, version == null ? 0 : version, apply(text, changes, uri));
  }

  /**
   * The text after {@code changes}, applied in order (LSP): a change without a range is the whole
   * text (full sync, what the server asks for); one with a range (a client that sends incremental
   * changes all the same) replaces that range of the text as the changes before it left it, read
   * as {@link PositionMapper#replace} reads it (a range without its start or end: that change
   * is ignored, logged). {@code text} is null for a document that is not
   * open: its whole text comes only from a change without a range.
   */
  static String apply(String text, List<TextDocumentContentChangeEvent> changes, String uri) {
    boolean incremental = false;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change == null) {
        continue;
      }
      if (change.getRange() == null) {
        text = change.getText() == null ? "" : change.getText();
      } else if (change.getRange().getStart() == null || change.getRange().getEnd() == null) {
        SuretyLanguageServer.LOG.warning("textDocument/didChange: a change whose range lacks its "
            + (change.getRange().getStart() == null ? "start" : "end") + ": ignored");
      } else if (text != null) {
        text = new PositionMapper(text).replace(change.getRange(), change.getText());
        incremental = true;
      }
    }
    if (incremental) {
      SuretyLanguageServer.LOG.fine(() -> "applied incremental changes (the server asked for"
          + " full sync): " + uri);
    }
    return text;
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    if (lacks("textDocument/didClose", params, DidCloseTextDocumentParams::getTextDocument)) {
      return;
    }
    server.closed(params.getTextDocument().getUri());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    if (lacks("textDocument/didSave", params, DidSaveTextDocumentParams::getTextDocument)) {
      return;
    }
    server.fileChanged(params.getTextDocument().getUri());
  }

  // ---- features ---------------------------------------------------------------------------------

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer("textDocument/hover", params, HoverParams::getTextDocument,
        "position", HoverParams::getPosition,
        a -> Hovers.hover(a, params.getPosition()).orElse(null), () -> null);
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return answer("textDocument/definition", params, DefinitionParams::getTextDocument,
        "position", DefinitionParams::getPosition,
        a -> Either.forLeft(Navigation.definition(a, params.getPosition())),
        () -> Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return answer("textDocument/references", params, ReferenceParams::getTextDocument,
        "position", ReferenceParams::getPosition,
        a -> Navigation.references(a, params.getPosition(),
            params.getContext() == null || params.getContext().isIncludeDeclaration(),
            server.document(a.uri()).map(server::otherAnalyses).orElse(List.of())),
        List::of);
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return answer("textDocument/completion", params, CompletionParams::getTextDocument,
        "position", CompletionParams::getPosition,
        a -> Either.forRight(new CompletionList(false,
            Completions.complete(a, a.text(), params.getPosition()))),
        () -> Either.forRight(new CompletionList(false, List.of())));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return answer("textDocument/documentSymbol", params, DocumentSymbolParams::getTextDocument,
        null, null,
        a -> Symbols.outline(a).stream()
            .map(Either::<SymbolInformation, DocumentSymbol>forRight)
            .collect(java.util.stream.Collectors.toList()),
        List::of);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer("textDocument/codeAction", params, CodeActionParams::getTextDocument,
        "range", p -> whole(p.getRange()),
        a -> CodeActions.quickFixes(a, params.getRange()).stream()
            .map(Either::<Command, CodeAction>forRight)
            .collect(java.util.stream.Collectors.toList()),
        List::of);
  }

  /** The range if it has both its ends, else null (reported missing). */
  private static Range whole(Range range) {
    return range == null || range.getStart() == null || range.getEnd() == null ? null : range;
  }

  /**
   * The whole document in the canonical layout ({@link Formatting}), from its latest text: no
   * compilation is needed, so none is waited for.
   */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    String missing = missing(params, DocumentFormattingParams::getTextDocument, null, null);
    if (missing != null) {
      return invalid("textDocument/formatting", missing);
    }
    String uri = params.getTextDocument().getUri();
    return server.track(CompletableFutures.computeAsync(server.requests(), cancel -> {
      Optional<OpenDocument> doc = server.document(uri);
      if (doc.isEmpty()) {
        SuretyLanguageServer.LOG.fine("formatting of a document that is not open: " + uri);
        return List.<TextEdit>of();
      }
      return Formatting.format(doc.get().text(), doc.get().target().fileName(),
          server::showWarning);
    }));
  }

  /**
   * Answers from the latest analysis of the document, on a request thread; {@code none} when the
   * document is not open. A request without its params, its {@code textDocument} (with a {@code
   * uri}) or {@code field} (its {@code position} or {@code range}) is answered {@code
   * InvalidParams} naming what is missing.
   */
  private <P, T> CompletableFuture<T> answer(String method, P params,
      Function<P, TextDocumentIdentifier> document, String field, Function<P, ?> value,
      Function<Analysis, T> feature, Supplier<T> none) {
    String missing = missing(params, document, field, value);
    if (missing != null) {
      return invalid(method, missing);
    }
    String uri = document.apply(params).getUri();
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

  /**
   * The first of the fields a request needs that it lacks, named as in the protocol ({@code
   * params}, {@code textDocument}, {@code textDocument.uri}, then {@code field}); null when it has
   * them all.
   */
  static <P> String missing(P params, Function<P, TextDocumentIdentifier> document, String field,
      Function<P, ?> value) {
    if (params == null) {
      return "params";
    }
    TextDocumentIdentifier doc = document.apply(params);
    if (doc == null) {
      return "textDocument";
    }
    if (doc.getUri() == null) {
      return "textDocument.uri";
    }
    if (field == null) {
      return null;
    }
    Object given = value.apply(params);
    if (given == null) {
      return field;
    }
    // LSP's positions are unsigned: a negative one is no position, not the document's start
    boolean negative = given instanceof Position p ? negative(p)
        : given instanceof Range r && (negative(r.getStart()) || negative(r.getEnd()));
    return negative ? field + " (a line or character is negative)" : null;
  }

  private static boolean negative(Position p) {
    return p.getLine() < 0 || p.getCharacter() < 0;
  }

  /**
   * Whether a notification lacks its params, its {@code textDocument} or the document's {@code
   * uri} ({@link #missing}); if so, one line of log names what is missing (a notification has no
   * answer) and the notification is dropped.
   */
  static <P> boolean lacks(String method, P params,
      Function<P, TextDocumentIdentifier> document) {
    String missing = missing(params, document, null, null);
    if (missing == null) {
      return false;
    }
    SuretyLanguageServer.LOG.warning(method + " without " + missing + ": ignored");
    return true;
  }

  /** {@code InvalidParams}: the request lacks {@code missing}; one line of log. */
  static <T> CompletableFuture<T> invalid(String method, String missing) {
    String message = method + " without " + missing;
    SuretyLanguageServer.LOG.warning(message);
    return ServerLauncher.failed(ResponseErrorCode.InvalidParams, message);
  }
}
