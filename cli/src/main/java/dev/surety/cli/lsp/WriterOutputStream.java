package dev.surety.cli.lsp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of the protocol (UTF-8) written to the command's output {@link Writer}, which
 * encodes them in UTF-8 again: the bytes that arrive are the bytes written, so every {@code
 * Content-Length} stays true. A character split between two writes is decoded when its last byte
 * comes.
 */
final class WriterOutputStream extends OutputStream {

  private final Writer writer;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // finish a character that the previous write began
    while (pending.position() > 0 && in.hasRemaining()) {
      pending.put(in.get());
      pending.flip();
      decode(pending);
      pending.compact();
    }
    decode(in);
    while (in.hasRemaining()) {
      pending.put(in.get()); // the start of a character that the next write ends
    }
  }

  private void decode(ByteBuffer in) throws IOException {
    while (true) {
      CoderResult result = decoder.decode(in, chars, false);
      drain();
      if (!result.isOverflow()) {
        return;
      }
    }
  }

  private void drain() throws IOException {
    chars.flip();
    writer.write(chars.array(), chars.position(), chars.remaining());
    chars.clear();
  }

  @Override
  public synchronized void flush() throws IOException {
    writer.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    writer.flush();
  }
}
