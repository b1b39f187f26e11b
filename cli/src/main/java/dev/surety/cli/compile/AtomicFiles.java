package dev.surety.cli.compile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that a reader sees either the old content or the new, never a part: the bytes
 * go to a temporary file in the same directory, are forced to disk, and the temporary file is
 * renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}. Until that rename the
 * target is not touched, so a failure anywhere before it (a full disk, a killed process, an
 * error while writing) leaves the old file whole; on failure the temporary file is removed.
 *
 * <p>When the file system cannot rename atomically ({@link AtomicMoveNotSupportedException}, rare
 * within one directory), the temporary file is moved over the target with a plain replacing move:
 * the new content is still complete on disk before the target changes, but a reader may, on such
 * a file system, briefly find no file. When the target exists, {@link #replace} gives the new file
 * the old one's POSIX permissions (the temporary file starts readable by its owner only).
 *
 * <p>The one place that writes files for the command line and the Maven plugin ({@code compile},
 * {@code fmt --write}, the plugin's reports and state).
 */
public final class AtomicFiles {

  /** The last step, the rename; a parameter so that tests can make it fail. */
  @FunctionalInterface
  interface Rename {
    void move(Path temporary, Path target) throws IOException;
  }

  static final Rename ATOMIC_RENAME = AtomicFiles::rename;

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

  /** Writes {@code content} as UTF-8 to {@code target}, created or replaced. */
  public static void write(Path target, String content) throws IOException {
    write(target, content, DISK);
  }

  /** As {@link #write(Path, String)}, the bytes written through {@code sink}. */
  public static void write(Path target, String content, Sink sink) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8), null, sink, ATOMIC_RENAME);
  }

  /**
   * Replaces the existing file {@code target} with {@code content}, keeping its POSIX permissions
   * (where the file system has them). A symbolic link is followed: the file it points to is
   * replaced and the link stays.
   */
  public static void replace(Path target, byte[] content) throws IOException {
    replace(target, content, ATOMIC_RENAME);
  }

  static void replace(Path target, byte[] content, Rename rename) throws IOException {
    Path real = target.toRealPath();
    write(real, content, permissions(real), DISK, rename);
  }

  private static void write(Path target, byte[] content, Set<PosixFilePermission> permissions,
      Sink sink, Rename rename) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        sink.write(channel, ByteBuffer.wrap(content));
        channel.force(true);
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temporary, permissions);
      }
      rename.move(temporary, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private static void rename(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The file's POSIX permissions, or null where the file system has none. */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes().permissions();
  }
}
