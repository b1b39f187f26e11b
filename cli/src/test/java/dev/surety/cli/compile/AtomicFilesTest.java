package dev.surety.cli.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.surety.cli.BaseCliTest.NOBODY_ID;
import static dev.surety.cli.BaseCliTest.giveAway;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.json");
    AtomicFiles.write(target, "{\"v\": 1}\n");
    AtomicFiles.write(target, "{\"v\": \"ü\"}\n");
    assertThat(target).hasContent("{\"v\": \"ü\"}\n");
    assertThat(listing()).containsExactly(target);
  }

  /** A staged file is whole in its temporary file and the target untouched until the commit. */
  @Test
  void aStagedFileChangesNothingUntilItIsCommittedAndADiscardedOneLeavesNothing() throws IOException {
    Path first = Files.writeString(dir.resolve("a.json"), "old a\n");
    Path second = Files.writeString(dir.resolve("b.json"), "old b\n");

    AtomicFiles.Staged a = AtomicFiles.stage(first, "new a\n", AtomicFiles.DISK);
    AtomicFiles.Staged b = AtomicFiles.stage(second, "new b\n", AtomicFiles.DISK);

    assertThat(a.temporary()).hasContent("new a\n");
    assertThat(first).hasContent("old a\n");
    assertThat(second).hasContent("old b\n");
    a.commit();
    b.discard();
    b.discard(); // again: nothing
    assertThat(first).hasContent("new a\n");
    assertThat(second).hasContent("old b\n");
    assertThat(listing()).containsExactlyInAnyOrder(first, second);
    assertThatThrownBy(a::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failsWhenTheDirectoryIsMissing() {
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/a.json"), "x"))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFailureBeforeTheRenameLeavesTheOriginalWholeAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("draft.surety"), "old text\n");
    List<String> seen = new ArrayList<>();
    AtomicFiles.Rename interrupted = (temporary, t) -> {
      // the new content is complete in the temporary file, beside the untouched original
      seen.add(Files.readString(temporary));
      seen.add(Files.readString(t));
      throw new IOException("interrupted");
    };
    assertThatThrownBy(() -> AtomicFiles.replace(target, bytes("new text, longer\n"), interrupted))
        .hasMessage("interrupted");
    assertThat(seen).containsExactly("new text, longer\n", "old text\n");
    assertThat(target).hasContent("old text\n");
    assertThat(listing()).containsExactly(target);
  }

  @Test
  void replaceKeepsThePermissions() throws IOException {
    Path target = Files.writeString(dir.resolve("draft.surety"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.replace(target, bytes("new\n"));
    assertThat(target).hasContent("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rwxr-x---");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.replace(target, bytes("newer\n"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-rw-r--");
  }

  /** The mode a plain write gives a new file here: 0666 less the umask of the test's process. */
  private String plainWriteMode() throws IOException {
    Path probe = dir.resolve("probe");
    try (OutputStream out = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
      out.write('x');
    }
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
    } finally {
      Files.delete(probe);
    }
  }

  @Test
  void aNewFileGetsTheModeOfAPlainWrite() throws IOException {
    String expected = plainWriteMode();
    Path target = dir.resolve("new.json");
    AtomicFiles.write(target, "{}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .as("0666 less the umask, not the 0600 of a temporary file").isEqualTo(expected);
  }

  @Test
  void writeKeepsTheModeOfTheFileItReplaces() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "{}\n");
    for (String mode : List.of("rw-r--r--", "rw-rw-r--", "rw-------", "r--r-----")) {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
      AtomicFiles.write(target, "{\"mode\": \"" + mode + "\"}\n");
      assertThat(target).hasContent("{\"mode\": \"" + mode + "\"}\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
          .isEqualTo(mode);
    }
  }

  @Test
  void theTemporaryFileIsNeverMoreOpenThanTheFileItReplaces() throws IOException {
    Path target = Files.writeString(dir.resolve("private.json"), "{}\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    List<String> modes = new ArrayList<>();
    AtomicFiles.write(target, "{\"secret\": 1}\n", (channel, bytes) -> {
      for (Path file : listing()) {
        if (!file.equals(target)) {
          modes.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
      }
      AtomicFiles.DISK.write(channel, bytes);
    });
    assertThat(modes).as("the temporary file, while it is written").containsExactly("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  @Test
  void aSymbolicLinkAtTheNameIsReplacedByANewFileWithThePlainMode() throws IOException {
    String expected = plainWriteMode();
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "kept\n");
    Path link = Files.createSymbolicLink(dir.resolve("a.json"), elsewhere);
    AtomicFiles.write(link, "{}\n");
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link).hasContent("{}\n");
    assertThat(elsewhere).hasContent("kept\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(link)))
        .as("not the link's own rwxrwxrwx").isEqualTo(expected);
  }

  private static String ownerAndGroup(Path file) throws IOException {
    PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
    return attributes.owner().getName() + ":" + attributes.group().getName();
  }

  @Test
  void replaceKeepsTheOwnerAndGroupOfAnotherUsersFile() throws IOException {
    Path target = Files.writeString(dir.resolve("theirs.surety"), "old\n");
    assumeTrue(giveAway(target), "only root can give a file to another user");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.replace(target, bytes("new\n"));
    assertThat(target).hasContent("new\n");
    assertThat(ownerAndGroup(target)).isEqualTo(NOBODY_ID + ":" + NOBODY_ID);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void replaceLeavesTheOwnerOfTheWritersOwnFile() throws IOException {
    Path target = Files.writeString(dir.resolve("mine.surety"), "old\n");
    String before = ownerAndGroup(target);
    AtomicFiles.replace(target, bytes("new\n"));
    assertThat(ownerAndGroup(target)).isEqualTo(before);
  }

  @Test
  void whenTheOwnerCannotBeKeptReplaceLeavesTheFileAsItIs() throws IOException {
    Path target = Files.writeString(dir.resolve("theirs.surety"), "old\n");
    assumeTrue(giveAway(target), "only root can give a file to another user");
    AtomicFiles.Chown refused = (temporary, owner, group) -> {
      throw new FileSystemException(temporary.toString(), null, "Operation not permitted");
    };
    assertThatThrownBy(() ->
        AtomicFiles.replace(target, bytes("new\n"), AtomicFiles.ATOMIC_RENAME, refused))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("it belongs to " + NOBODY_ID + ":" + NOBODY_ID
            + ", and the new file could not be given to them");
    assertThat(target).hasContent("old\n");
    assertThat(ownerAndGroup(target)).isEqualTo(NOBODY_ID + ":" + NOBODY_ID);
    assertThat(listing()).containsExactly(target);
  }

  @Test
  void writeKeepsTheOwnerOfAFileItReplacesWhereItMay() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "{}\n");
    assumeTrue(giveAway(target), "only root can give a file to another user");
    AtomicFiles.write(target, "{\"v\": 2}\n");
    assertThat(ownerAndGroup(target)).isEqualTo(NOBODY_ID + ":" + NOBODY_ID);
  }

  @Test
  void replaceFollowsASymbolicLinkAndKeepsIt() throws IOException {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("d.surety"),
        "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.surety"), real);
    AtomicFiles.replace(link, bytes("new\n"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new\n");
  }

  /** {@code length} bytes of a repeating text, written as one call and then byte by byte. */
  private static AtomicFiles.Content text(int length) {
    return out -> {
      byte[] all = expected(length);
      out.write(all, 0, length / 2);
      for (int i = length / 2; i < length; i++) {
        out.write(all[i]);
      }
      out.flush();
    };
  }

  private static byte[] expected(int length) {
    byte[] all = new byte[length];
    for (int i = 0; i < length; i++) {
      all[i] = (byte) ('a' + i % 26);
    }
    return all;
  }

  /**
   * A streamed file is written straight into its temporary file, in chunks of at most 64 KB in
   * order, and changes nothing until it is committed.
   */
  @Test
  void aStreamedStageWritesTheContentInChunksAndChangesNothingUntilTheCommit() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "old\n");
    int length = 3 * AtomicFiles.CHUNK + 123;
    List<Integer> chunks = new ArrayList<>();
    AtomicFiles.Sink counting = (channel, bytes) -> {
      chunks.add(bytes.remaining());
      AtomicFiles.DISK.write(channel, bytes);
    };

    AtomicFiles.Staged staged = AtomicFiles.stage(target, text(length), counting);

    assertThat(Files.readAllBytes(staged.temporary())).isEqualTo(expected(length));
    assertThat(chunks).containsExactly(AtomicFiles.CHUNK, AtomicFiles.CHUNK, AtomicFiles.CHUNK,
        123);
    assertThat(target).hasContent("old\n");
    staged.commit();
    assertThat(Files.readAllBytes(target)).isEqualTo(expected(length));
    assertThat(listing()).containsExactly(target);
  }

  @Test
  void aStreamedStageGivesTheModesTheStringVersionGives() throws IOException {
    String plain = plainWriteMode();
    Path fresh = dir.resolve("new.json");
    AtomicFiles.stage(fresh, text(10), AtomicFiles.DISK).commit();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo(plain);

    Path target = Files.writeString(dir.resolve("private.json"), "{}\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    List<String> modes = new ArrayList<>();
    AtomicFiles.stage(target, text(10), (channel, bytes) -> {
      for (Path file : listing()) {
        if (!file.equals(target) && !file.equals(fresh)) {
          modes.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
      }
      AtomicFiles.DISK.write(channel, bytes);
    }).commit();
    assertThat(modes).as("the temporary file, while it is written").containsExactly("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  @Test
  void aStreamedStageKeepsTheOwnerOfAFileItReplacesWhereItMay() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "{}\n");
    assumeTrue(giveAway(target), "only root can give a file to another user");
    AtomicFiles.stage(target, text(10), AtomicFiles.DISK).commit();
    assertThat(ownerAndGroup(target)).isEqualTo(NOBODY_ID + ":" + NOBODY_ID);
  }

  /** A content that fails after some chunks reached the disk: no temporary file is left. */
  @Test
  void aContentThatFailsPartWayLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("a.json"), "old\n");
    int[] chunks = {0};
    AtomicFiles.Sink counting = (channel, bytes) -> {
      chunks[0]++;
      AtomicFiles.DISK.write(channel, bytes);
    };
    AtomicFiles.Content failing = out -> {
      text(2 * AtomicFiles.CHUNK + 1).writeTo(out);
      throw new IOException("the content failed");
    };

    assertThatThrownBy(() -> AtomicFiles.stage(target, failing, counting))
        .hasMessage("the content failed");
    assertThatThrownBy(() -> AtomicFiles.stage(target, out -> {
      out.write(expected(10));
      throw new IllegalStateException("a bug in the content");
    }, AtomicFiles.DISK)).hasMessage("a bug in the content");

    assertThat(chunks[0]).as("chunks written before the failure").isEqualTo(2);
    assertThat(target).hasContent("old\n");
    assertThat(listing()).containsExactly(target);
  }

  /**
   * Several streamed files, all or none: the second one's disk fills part-way, after the first
   * was staged whole; neither target changes and no temporary file is left. Then all are written.
   */
  @Test
  void streamAllPutsNothingInPlaceWhenAFileFailsPartWay() throws IOException {
    Path first = Files.writeString(dir.resolve("a.json"), "old a\n");
    Path second = Files.writeString(dir.resolve("b.json"), "old b\n");
    Path third = dir.resolve("c.json");
    List<Path> targets = List.of(first, second, third);
    List<AtomicFiles.Content> contents = List.of(text(AtomicFiles.CHUNK + 1),
        text(3 * AtomicFiles.CHUNK), text(5));
    int[] chunks = {0};
    AtomicFiles.Sink fillsUp = (channel, bytes) -> {
      if (++chunks[0] == 4) { // the second chunk of the second file
        channel.write(java.nio.ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
        throw new IOException("No space left on device");
      }
      AtomicFiles.DISK.write(channel, bytes);
    };

    assertThatThrownBy(() -> AtomicFiles.streamAll(targets, contents, fillsUp))
        .isInstanceOfSatisfying(AtomicFiles.TargetException.class, e -> {
          assertThat(e.target()).isEqualTo(second);
          assertThat(e.reason()).hasMessage("No space left on device");
        });
    assertThat(first).hasContent("old a\n");
    assertThat(second).hasContent("old b\n");
    assertThat(listing()).containsExactlyInAnyOrder(first, second);

    AtomicFiles.streamAll(targets, contents, AtomicFiles.DISK);
    assertThat(Files.readAllBytes(first)).isEqualTo(expected(AtomicFiles.CHUNK + 1));
    assertThat(Files.readAllBytes(second)).isEqualTo(expected(3 * AtomicFiles.CHUNK));
    assertThat(Files.readAllBytes(third)).isEqualTo(expected(5));
    assertThat(listing()).containsExactlyInAnyOrder(first, second, third);
  }

  /** A directory at a later target's name is found before any content is asked for. */
  @Test
  void streamAllFindsADirectoryBeforeAnyContentIsWritten() throws IOException {
    Path first = Files.writeString(dir.resolve("a.json"), "old a\n");
    Path inTheWay = Files.createDirectories(dir.resolve("b.json"));
    List<String> asked = new ArrayList<>();
    AtomicFiles.Content content = out -> asked.add("asked");

    assertThatThrownBy(() -> AtomicFiles.streamAll(List.of(first, inTheWay),
        List.of(content, content), AtomicFiles.DISK))
        .isInstanceOfSatisfying(AtomicFiles.TargetException.class,
            e -> assertThat(e.target()).isEqualTo(inTheWay));
    assertThat(asked).isEmpty();
    assertThat(first).hasContent("old a\n");
    assertThat(listing()).containsExactlyInAnyOrder(first, inTheWay);
  }

  private List<Path> listing() throws IOException {
    try (var files = Files.list(dir)) {
      return files.toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
