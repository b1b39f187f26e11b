package dev.surety.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

/**
 * The process's standard output, file descriptor 1 itself rather than {@link System#out}: a
 * {@link java.io.PrintStream} keeps the reason of a failed write (a full disk) to itself, and the
 * command says it. The one place besides {@code AtomicFiles} that opens a {@link
 * FileOutputStream}; it opens no file (the architecture test of the plugin holds both).
 */
public final class StandardOutput {

  private StandardOutput() {}

  /** A stream on file descriptor 1, unbuffered; the caller buffers. */
  public static OutputStream open() {
    return new FileOutputStream(FileDescriptor.out);
  }
}
