package dev.surety.cli.compile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader sees either the old content or the new, never a part: the text
 * goes to a temporary file in the same directory, is forced to disk, and is renamed over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}. On failure the temporary file is removed and
 * the target is as it was. Every file the CLI and the Maven plugin write goes through here.
 */
public final class AtomicFiles {

  /**
   * How the bytes reach the temporary file. {@link #DISK} in production; a test passes one that
   * fails part-way, as a full disk does, to show that the target is left intact.
   */
  @FunctionalInterface
  public interface Sink {
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  /** Writes every byte to the channel. */
  public static final Sink DISK = (channel, bytes) -> {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  };

  private AtomicFiles() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content, DISK);
  }

  public static void write(Path target, String content, Sink sink) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        sink.write(channel, ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
