package dev.surety.cli.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
 * a file system, briefly find no file.
 *
 * <p>The file gets the permissions that a plain write would give it: a new file those of the
 * umask ({@code 0666} less the umask, as {@code open(2)} creates it), a file it replaces the mode
 * that file had. The temporary file is created with that mode (less the umask), never more open
 * than the file it replaces, and given it exactly before the rename.
 *
 * <p>A file it replaces keeps its owner and group too: the temporary file is given them before the
 * rename (root's {@code chown}; for a user rewriting a file of their own, nothing to do). {@link
 * #replace} requires it, and leaves the file as it is when they cannot be kept (another user's
 * file that the user may write through its group): a rewrite must not give a file away. {@link
 * #write} keeps them where it may, and otherwise writes the file as the writer's, as {@code mv}
 * and {@code sed -i} do.
 *
 * <p>The rename gives the file a new inode: another hard link to the old file keeps the old text
 * (as with {@code sed -i}). {@code fmt --write} refuses a file with several links for that reason.
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

  /** Gives the temporary file an owner and a group; a parameter so that tests can make it fail. */
  @FunctionalInterface
  interface Chown {
    void give(Path temporary, UserPrincipal owner, GroupPrincipal group) throws IOException;
  }

  static final Chown CHOWN = AtomicFiles::chown;

  /** How the temporary file is opened: created, never an existing file or link followed. */
  private static final Set<OpenOption> CREATE_NEW =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /** Names tried for the temporary file before giving up (each random; one almost always does). */
  private static final int TEMPORARY_ATTEMPTS = 100;

  /** The characters of the target's name kept in the temporary file's name. */
  private static final int TEMPORARY_NAME_PREFIX = 64;

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

  /**
   * A file's content, written as it is produced to the stream it is given ({@link #stage(Path,
   * Content, Sink)}), so that no copy of the whole content is held: the stream leads to the
   * temporary file. The stream is not to be closed: the stage closes the file once the content
   * is written.
   */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The most bytes that a {@link Content} hands the {@link Sink} at once. */
  static final int CHUNK = 1 << 16;

  /** Fills the open temporary file: the bytes of a content through a sink. */
  @FunctionalInterface
  private interface Fill {
    void into(FileChannel channel) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code content} as UTF-8 to {@code target}, created or replaced. */
  public static void write(Path target, String content) throws IOException {
    write(target, content, DISK);
  }

  /**
   * As {@link #write(Path, String)}, the bytes written through {@code sink}. A regular file at
   * {@code target} keeps its permissions; a symbolic link there is replaced, not written through,
   * and the new file gets the umask's permissions, as a new file does.
   */
  public static void write(Path target, String content, Sink sink) throws IOException {
    Path absolute = target.toAbsolutePath();
    write(absolute, content.getBytes(StandardCharsets.UTF_8), regularFile(absolute), false,
        sink, ATOMIC_RENAME, CHOWN);
  }

  /**
   * Replaces the existing file {@code target} with {@code content}, keeping its POSIX permissions,
   * owner and group (where the file system has them). A symbolic link is followed: the file it
   * points to is replaced and the link stays.
   *
   * @throws AccessDeniedException when the owner and group cannot be kept (the file is left as it
   *     is), with the reason
   */
  public static void replace(Path target, byte[] content) throws IOException {
    replace(target, content, ATOMIC_RENAME, CHOWN);
  }

  static void replace(Path target, byte[] content, Rename rename) throws IOException {
    replace(target, content, rename, CHOWN);
  }

  static void replace(Path target, byte[] content, Rename rename, Chown chown)
      throws IOException {
    Path real = target.toRealPath();
    write(real, content, regularFile(real), true, DISK, rename, chown);
  }

  /**
   * Writes through a temporary file. {@code existing} is the file replaced, whose mode, owner and
   * group the new one gets ({@code ownerRequired}: or nothing is written), or null for a new file
   * (the umask's mode, as for a plain write).
   */
  private static void write(Path target, byte[] content, PosixFileAttributes existing,
      boolean ownerRequired, Sink sink, Rename rename, Chown chown) throws IOException {
    stage(target, bytes(content, sink), existing, ownerRequired, rename, chown).commit();
  }

  /** {@code content} handed to {@code sink} in one piece. */
  private static Fill bytes(byte[] content, Sink sink) {
    return channel -> sink.write(channel, ByteBuffer.wrap(content));
  }

  /**
   * Writes {@code content} as UTF-8 to a temporary file beside {@code target}, as {@link
   * #write(Path, String, Sink)} does, and stops before the rename: {@link Staged#commit} puts it
   * in place, {@link Staged#discard} removes it. So that several files change together, each is
   * staged first; a failure while any is written (a full disk) then leaves every target as it was.
   */
  public static Staged stage(Path target, String content, Sink sink) throws IOException {
    Path absolute = target.toAbsolutePath();
    return stage(absolute, bytes(content.getBytes(StandardCharsets.UTF_8), sink),
        regularFile(absolute), false, ATOMIC_RENAME, CHOWN);
  }

  /**
   * As {@link #stage(Path, String, Sink)}, with {@code content} written straight into the
   * temporary file as it is produced: the bytes reach {@code sink} in chunks of at most 64 KB, in
   * order, whatever the content flushes. The same mode, owner and group as the String version;
   * when the content or the sink fails, the temporary file is removed and the target left as it
   * was.
   */
  public static Staged stage(Path target, Content content, Sink sink) throws IOException {
    Path absolute = target.toAbsolutePath();
    return stage(absolute, streamed(content, sink), regularFile(absolute), false, ATOMIC_RENAME,
        CHOWN);
  }

  /** {@code content} written through a buffer of {@link #CHUNK} bytes to {@code sink}. */
  private static Fill streamed(Content content, Sink sink) {
    return channel -> {
      ChunkStream chunks = new ChunkStream(channel, sink);
      content.writeTo(chunks);
      chunks.drain();
    };
  }

  /**
   * Writes each {@code contents[i]} to {@code targets[i]}, straight into the target's temporary
   * file as it is produced ({@link #stage(Path, Content, Sink)}): no file's whole content is held
   * in memory. All or none: a directory at a target's name is found before anything is written,
   * every file is staged before any is put in place, and the staged ones are removed on failure.
   * A content or a write that fails part-way through any file (a full disk) leaves every target
   * as it was and no temporary file; a failure while renaming leaves the targets before it
   * replaced.
   *
   * @throws TargetException naming the target whose write failed, with the reason as its cause
   */
  public static void streamAll(List<Path> targets, List<? extends Content> contents, Sink sink)
      throws TargetException {
    for (Path target : targets) { // found before anything is written
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new TargetException(target, new IOException("is a directory"));
      }
    }
    List<Staged> staged = new ArrayList<>(targets.size());
    int i = 0;
    try {
      for (; i < targets.size(); i++) {
        staged.add(stage(targets.get(i), contents.get(i), sink));
      }
      for (i = 0; i < staged.size(); i++) {
        staged.get(i).commit();
      }
    } catch (IOException e) {
      throw new TargetException(targets.get(i), e);
    } finally {
      staged.forEach(Staged::discard); // those not committed
    }
  }

  /** A write of {@link #streamAll} that failed: its target, and why (the cause). */
  public static final class TargetException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    TargetException(Path target, IOException cause) {
      super(target + ": " + cause.getMessage(), cause);
      this.target = target;
    }

    public Path target() {
      return target;
    }

    /** The failure of the write itself. */
    public IOException reason() {
      return (IOException) getCause();
    }
  }

  private static Staged stage(Path target, Fill content, PosixFileAttributes existing,
      boolean ownerRequired, Rename rename, Chown chown) throws IOException {
    Set<PosixFilePermission> permissions = existing == null ? null : existing.permissions();
    FileAttribute<?>[] attributes = permissions == null
        ? new FileAttribute<?>[0]
        : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    Temporary temporary = createTemporary(target, attributes);
    boolean staged = false;
    try {
      try (FileChannel channel = temporary.channel()) {
        content.into(channel);
        channel.force(true);
      }
      if (existing != null) {
        keepOwner(target, temporary.path(), existing, ownerRequired, chown);
        // exactly the old mode: the umask may have taken bits away at creation, and chown the
        // set-user-ID bit
        Files.setPosixFilePermissions(temporary.path(), permissions);
      }
      staged = true;
      return new Staged(temporary.path(), target, rename);
    } finally {
      if (!staged) {
        Files.deleteIfExists(temporary.path());
      }
    }
  }

  /**
   * A file written whole to its temporary file, on disk with the mode, owner and group it is to
   * have, and not yet in place. Either {@link #commit} or {@link #discard} it.
   */
  public static final class Staged {
    private final Path temporary;
    private final Path target;
    private final Rename rename;
    private boolean done;

    private Staged(Path temporary, Path target, Rename rename) {
      this.temporary = temporary;
      this.target = target;
      this.rename = rename;
    }

    /** The temporary file, until it is committed or discarded. */
    public Path temporary() {
      return temporary;
    }

    /** Renames the temporary file over the target in one step; on failure, removes it. */
    public void commit() throws IOException {
      if (done) {
        throw new IllegalStateException("already committed or discarded: " + target);
      }
      done = true;
      try {
        rename.move(temporary, target);
      } catch (IOException | RuntimeException e) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException left) {
          e.addSuppressed(left);
        }
        throw e;
      }
    }

    /** Removes the temporary file; the target is left as it is. Quiet: it is a clean-up. */
    public void discard() {
      if (done) {
        return;
      }
      done = true;
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // nothing better to do: the command reports the failure that made it discard
      }
    }
  }

  /**
   * The stream a {@link Content} writes to: its bytes gathered in a buffer of {@link #CHUNK}
   * bytes, each full buffer handed to the sink. Flushing and closing do nothing: {@link #drain}
   * hands over the rest once the content is written, and the stage closes the channel.
   */
  private static final class ChunkStream extends OutputStream {
    private final FileChannel channel;
    private final Sink sink;
    private final byte[] buffer = new byte[CHUNK];
    private int count;

    ChunkStream(FileChannel channel, Sink sink) {
      this.channel = channel;
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      if (count == buffer.length) {
        drain();
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      while (length > 0) {
        if (count == buffer.length) {
          drain();
        }
        int part = Math.min(length, buffer.length - count);
        System.arraycopy(bytes, offset, buffer, count, part);
        count += part;
        offset += part;
        length -= part;
      }
    }

    /** Hands what the buffer holds to the sink. */
    void drain() throws IOException {
      if (count > 0) {
        int length = count;
        count = 0;
        sink.write(channel, ByteBuffer.wrap(buffer, 0, length));
      }
    }
  }

  /** A temporary file created for writing, and the channel open on it. */
  private record Temporary(Path path, FileChannel channel) {}

  /**
   * A new temporary file beside {@code target}, created with {@code attributes}: without one, with
   * the mode that {@code open(2)} gives, 0666 less the umask, where {@code createTempFile} would
   * force 0600. {@code CREATE_NEW} never opens an existing file, nor follows a link.
   */
  private static Temporary createTemporary(Path target, FileAttribute<?>[] attributes)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path candidate = target.resolveSibling(temporaryName(target));
      try {
        return new Temporary(candidate, FileChannel.open(candidate, CREATE_NEW, attributes));
      } catch (FileAlreadyExistsException e) {
        if (attempt == TEMPORARY_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * {@code .NAME.RANDOM.tmp} beside the target: hidden, and named after the file it will become. A
   * long name is cut, so that the temporary name stays within the file system's limit.
   */
  private static String temporaryName(Path target) {
    String name = target.getFileName().toString();
    if (name.length() > TEMPORARY_NAME_PREFIX) {
      name = name.substring(0, name.offsetByCodePoints(0,
          name.codePointCount(0, TEMPORARY_NAME_PREFIX)));
    }
    return "." + name + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX)
        + ".tmp";
  }

  /**
   * Gives the temporary file the owner and group of the file it replaces, when they differ from
   * the writer's; when that is not permitted, refuses ({@code required}) or lets it be.
   */
  private static void keepOwner(Path target, Path temporary, PosixFileAttributes existing,
      boolean required, Chown chown) throws IOException {
    PosixFileAttributes created = Files.readAttributes(
        temporary, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (created.owner().equals(existing.owner()) && created.group().equals(existing.group())) {
      return;
    }
    try {
      chown.give(temporary, existing.owner(), existing.group());
    } catch (FileSystemException e) {
      if (required) {
        throw new AccessDeniedException(target.toString(), null,
            "it belongs to " + existing.owner().getName() + ":" + existing.group().getName()
                + ", and the new file could not be given to them");
      }
    }
  }

  private static void chown(Path file, UserPrincipal owner, GroupPrincipal group)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes attributes = view.readAttributes();
    if (!attributes.owner().equals(owner)) {
      view.setOwner(owner);
    }
    if (!attributes.group().equals(group)) {
      view.setGroup(group);
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

  /**
   * The POSIX attributes of the regular file at {@code file}; null when there is none (nothing, a
   * directory, or a symbolic link, whose own mode is {@code rwxrwxrwx} and is not followed) or the
   * file system has no POSIX permissions.
   */
  private static PosixFileAttributes regularFile(Path file) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return null;
    }
    try {
      PosixFileAttributes attributes = view.readAttributes();
      return attributes.isRegularFile() ? attributes : null;
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
