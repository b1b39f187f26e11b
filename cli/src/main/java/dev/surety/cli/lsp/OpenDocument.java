package dev.surety.cli.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A document open in the editor: its text and version as the editor last sent them (full sync)
 * and the newest analysis made of it, which may be of an older version. Guarded by its own
 * monitor: a change and the publication of diagnostics never interleave, so diagnostics go out
 * only while their version is the latest.
 *
 * <p>What is latest is told by a revision of the server's own, one more at every change, not by
 * the editor's version: LSP has versions only increase, but an editor that numbers them again
 * (after a reload, say) would send a version already seen with another text, and an analysis of
 * the older text, finishing late, would be taken for the newer one's. The editor's version is
 * what diagnostics are published with.
 */
final class OpenDocument {

  private final String uri;
  private Workspace.Target target;
  private int version;
  private long revision;
  private String text;
  private Analysis analysis;
  private CompletableFuture<Analysis> compiling;
  private long compilingRevision;
  private Workspace.Target compilingTarget;
  private boolean open = true;

  OpenDocument(String uri, Workspace.Target target, int version, String text) {
    this.uri = uri;
    this.target = target;
    this.version = version;
    this.text = text;
  }

  String uri() {
    return uri;
  }

  synchronized Workspace.Target target() {
    return target;
  }

  /**
   * Compiles the document from now on as {@code newTarget} (the workspace folders changed); false
   * if that is its target already. An analysis made as the old target is not kept, nor served.
   */
  synchronized boolean retarget(Workspace.Target newTarget) {
    if (newTarget.equals(target)) {
      return false;
    }
    target = newTarget;
    return true;
  }

  synchronized int version() {
    return version;
  }

  synchronized String text() {
    return text;
  }

  /** Version, text and target read together. */
  synchronized Snapshot snapshot() {
    return new Snapshot(version, revision, text, target);
  }

  /** Takes the editor's new text; false if its version is not above the one before (logged). */
  synchronized boolean change(int newVersion, String newText) {
    boolean increased = newVersion > version;
    this.version = newVersion;
    this.revision++;
    this.text = newText;
    return increased;
  }

  synchronized Analysis analysis() {
    return analysis;
  }

  /**
   * The analysis of the latest version: the one kept, or the one being made (by the compiler
   * thread or a request), or one made now by {@code compile} on this thread. A version is
   * compiled once however many ask for it at the same time.
   */
  Analysis latest(Function<Snapshot, Analysis> compile) {
    CompletableFuture<Analysis> result;
    Snapshot snapshot;
    boolean mine = false;
    synchronized (this) {
      if (analysis != null && analysis.revision() == revision
          && analysis.target().equals(target)) {
        return analysis;
      }
      if (compiling == null || compilingRevision != revision || !compilingTarget.equals(target)) {
        compiling = new CompletableFuture<>();
        compilingRevision = revision;
        compilingTarget = target;
        mine = true;
      }
      result = compiling;
      snapshot = new Snapshot(version, revision, text, target);
    }
    if (mine) {
      try {
        Analysis made = compile.apply(snapshot);
        offer(made);
        result.complete(made);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        throw e;
      }
    }
    return result.join();
  }

  /**
   * Keeps {@code result} if it is of the latest text and the document's target (a later
   * compilation of the same text may have read changed included files); false, and nothing
   * kept, for an older text or one compiled under the target the document had before.
   */
  synchronized boolean offer(Analysis result) {
    if (!open || result.revision() != revision || !result.target().equals(target)) {
      return false;
    }
    analysis = result;
    return true;
  }

  synchronized boolean isOpen() {
    return open;
  }

  synchronized void close() {
    open = false;
  }

  /**
   * The document as it was at one moment: the editor's version, the server's revision, the text
   * and the target.
   */
  record Snapshot(int version, long revision, String text, Workspace.Target target) {}
}
