package dev.surety.cli.lsp;

/**
 * A document open in the editor: its text and version as the editor last sent them (full sync)
 * and the newest analysis made of it, which may be of an older version. Guarded by its own
 * monitor: a change and the publication of diagnostics never interleave, so diagnostics go out
 * only while their version is the latest.
 */
final class OpenDocument {

  private final String uri;
  private final Workspace.Target target;
  private int version;
  private String text;
  private Analysis analysis;
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

  Workspace.Target target() {
    return target;
  }

  synchronized int version() {
    return version;
  }

  synchronized String text() {
    return text;
  }

  /** Version and text read together. */
  synchronized Snapshot snapshot() {
    return new Snapshot(version, text);
  }

  synchronized void change(int newVersion, String newText) {
    this.version = newVersion;
    this.text = newText;
  }

  synchronized Analysis analysis() {
    return analysis;
  }

  /**
   * Keeps {@code result} if it is of the latest version (a later compilation of the same version
   * may have read changed included files); false, and nothing kept, for an older version.
   */
  synchronized boolean offer(Analysis result) {
    if (!open || result.version() != version) {
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

  record Snapshot(int version, String text) {}
}
