package dev.surety.cli.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command's output: a {@link PrintWriter} of UTF-8 in chunks of 64 KB that also takes text
 * already encoded ({@link #writeUtf8}), so that a report rendered on the jobs' threads is encoded
 * there too, not by the one thread that writes it (a 100 MB report spent a quarter of a second
 * turning its text into characters and back into bytes). Like any {@code PrintWriter}, it never
 * throws: a failure to write is kept for {@link #checkError()}.
 */
public final class Utf8Writer extends PrintWriter {

  private final OutputStream bytes;

  public Utf8Writer(OutputStream out) {
    this(new BufferedOutputStream(out, 1 << 16));
  }

  private Utf8Writer(BufferedOutputStream buffered) {
    super(new OutputStreamWriter(buffered, StandardCharsets.UTF_8));
    this.bytes = buffered;
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
}
