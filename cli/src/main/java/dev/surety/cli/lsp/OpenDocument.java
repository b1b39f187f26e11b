package dev.surety.cli.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A document open in the editor: its text and version as the editor last sent them (full sync)
 * and the newest analysis made of it, which may be of an older version. Guarded by its own
 * monitor: a change and the publication of diagnostics never interleave, so diagnostics go out
 * only while their version is the latest.
 */
final class OpenDocument {

  private final String uri;
  private Workspace.Target target;
  private int version;
  private String text;
  private Analysis analysis;
  private CompletableFuture<Analysis> compiling;
  private int compilingVersion;
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
    return new Snapshot(version, text, target);
  }

  synchronized void change(int newVersion, String newText) {
    this.version = newVersion;
    this.text = newText;
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
      if (analysis != null && analysis.version() == version && analysis.target().equals(target)) {
        return analysis;
      }
      if (compiling == null || compilingVersion != version || !compilingTarget.equals(target)) {
        compiling = new CompletableFuture<>();
        compilingVersion = version;
        compilingTarget = target;
        mine = true;
      }
      result = compiling;
      snapshot = new Snapshot(version, text, target);
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
   * Keeps {@code result} if it is of the latest version and the document's target (a later
   * compilation of the same version may have read changed included files); false, and nothing
   * kept, for an older version or one compiled under the target the document had before.
   */
  synchronized boolean offer(Analysis result) {
    if (!open || result.version() != version || !result.target().equals(target)) {
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

  record Snapshot(int version, String text, Workspace.Target target) {}
}
