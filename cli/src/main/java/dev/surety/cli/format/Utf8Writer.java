package dev.surety.cli.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The command's output: a {@link PrintWriter} of UTF-8 in chunks of 64 KB that also takes text
 * already encoded ({@link #writeUtf8}), so that a report rendered on the jobs' threads is encoded
 * there too, not by the one thread that writes it (a 100 MB report spent a quarter of a second
 * turning its text into characters and back into bytes). Like any {@code PrintWriter}, it never
 * throws; the first failure to write is kept, with its reason, for {@link #failure()}, and what is
 * written after it is dropped (a full disk is not asked again for every chunk).
 */
public final class Utf8Writer extends PrintWriter {

  private final OutputStream bytes;
  private final Recording target;

  public Utf8Writer(OutputStream out) {
    this(new Recording(out));
  }

  private Utf8Writer(Recording target) {
    this(new BufferedOutputStream(target, 1 << 16), target);
  }

  private Utf8Writer(BufferedOutputStream buffered, Recording target) {
    super(new OutputStreamWriter(buffered, StandardCharsets.UTF_8));
    this.bytes = buffered;
    this.target = target;
  }

  /** Writes {@code utf8}, text encoded in UTF-8, after all the text written before it. */
  public void writeUtf8(byte[] utf8) {
    synchronized (lock) {
      flush();
      try {
        bytes.write(utf8);
      } catch (IOException e) {
        setError();
      }
    }
  }

  /** Whether writing failed, this writer's own failures and the stream's ({@link #failure()}). */
  @Override
  public boolean checkError() {
    return super.checkError() | failure().isPresent();
  }

  /**
   * Flushes, then says why the output could not be written, if it could not: the first {@link
   * IOException} the stream threw, or, for a {@link PrintStream} (which keeps its failures to
   * itself), an exception without a message. Empty when everything written reached the stream.
   */
  public Optional<IOException> failure() {
    flush();
    if (target.failure != null) {
      return Optional.of(target.failure);
    }
    if (target.out instanceof PrintStream print && print.checkError()) {
      return Optional.of(new IOException());
    }
    return Optional.empty();
  }

  /**
   * Whether {@code e} says that the reader closed the pipe ({@code surety lint | head -1}): the
   * reader's choice, not a failure of the command (EPIPE; Windows' "pipe is being closed" and
   * "pipe has been ended").
   */
  public static boolean isClosedPipe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }

  /** The stream written to, keeping the first failure and dropping every write after it. */
  private static final class Recording extends OutputStream {
    private final OutputStream out;
    private volatile IOException failure;

    Recording(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      if (failure == null) {
        try {
          out.write(b, offset, length);
        } catch (IOException e) {
          failure = e;
        }
      }
    }

    @Override
    public void flush() {
      if (failure == null) {
        try {
          out.flush();
        } catch (IOException e) {
          failure = e;
        }
      }
    }
  }
}
