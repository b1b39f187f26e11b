package dev.surety.cli;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard input, refused when it was closed: started with descriptor 0 closed
 * ({@code surety lint - <&-}), the JVM takes that descriptor for a file of its own (its modules
 * image, its class-data archive or the jar), and a command reading standard input would read that
 * file as the draft. The launcher tells before the JVM starts; this tells a {@code java -jar} run,
 * on Linux (where {@code /proc/self/fd/0} names the file), when standard input is first read, so
 * that a command that does not read it pays nothing.
 */
public final class StandardInput extends FilterInputStream {

  static final String CLOSED =
      "it is closed (give the draft with < FILE, or name the file instead of -)";

  private final Path descriptor;
  private boolean checked;
  private boolean closed;

  StandardInput(InputStream in, Path descriptor) {
    super(in);
    this.descriptor = descriptor;
  }

  /** {@code System.in}, refused if descriptor 0 is a file of the JVM's own. */
  static InputStream system() {
    return new StandardInput(System.in, Path.of("/proc/self/fd/0"));
  }

  /**
   * Whether {@code in} is standard input refused as closed ({@link #system()} of a process
   * started with descriptor 0 closed); false for any other stream.
   */
  public static boolean isClosed(InputStream in) {
    if (!(in instanceof StandardInput)) {
      return false;
    }
    try {
      ((StandardInput) in).check();
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private void check() throws IOException {
    if (!checked) {
      checked = true;
      closed = isJvmFile(descriptor);
    }
    if (closed) {
      throw new IOException(CLOSED);
    }
  }

  /**
   * Whether {@code descriptor} (a link in {@code /proc/self/fd}) names a file the JVM opened for
   * itself: one under {@code java.home}, a class-data archive, or a file of the class path (the
   * jar that {@code java -jar} runs). False when it cannot be told (no {@code /proc}, a pipe, a terminal).
   */
  static boolean isJvmFile(Path descriptor) {
    Path target;
    try {
      target = Files.readSymbolicLink(descriptor);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
    if (!target.isAbsolute()) {
      return false; // pipe:[...], socket:[...], anon_inode:...
    }
    if (target.getFileName() != null && target.getFileName().toString().endsWith(".jsa")) {
      return true;
    }
    try {
      if (target.startsWith(Path.of(System.getProperty("java.home")).toRealPath())) {
        return true;
      }
      // the jar run by java -jar, or any file of the class path
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty() && Files.isRegularFile(Path.of(entry))
            && target.equals(Path.of(entry).toRealPath())) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  @Override
  public byte[] readNBytes(int len) throws IOException {
    check();
    return super.readNBytes(len);
  }

  @Override
  public long skip(long n) throws IOException {
    check();
    return super.skip(n);
  }

  @Override
  public int available() throws IOException {
    check();
    return super.available();
  }
}
