package dev.surety.cli;

import dev.surety.cli.compile.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code surety} in-process with captured stdout and stderr (PMD's {@code BaseCliTest}), in a
 * temporary working directory with its own environment variables and standard input.
 */
public abstract class BaseCliTest {

  @TempDir protected Path work;

  protected final Map<String, String> environment = new HashMap<>();
  protected String stdin = "";
  /** Standard input as bytes, when a test needs bytes that are not UTF-8; wins over {@link #stdin}. */
  protected byte[] stdinBytes;
  /** Standard input itself, when a test needs one that fails; wins over the two above. */
  protected InputStream stdinStream;
  protected boolean terminal;
  /** The disk written files reach; a test replaces it to make writing fail. */
  protected AtomicFiles.Sink disk = AtomicFiles.DISK;

  /** The outcome of one run. */
  public record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  protected Result surety(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Result r = suretyWritingTo(new PrintStream(out, true, StandardCharsets.UTF_8), args);
    return new Result(r.status(), out.toString(StandardCharsets.UTF_8), r.err());
  }

  /** As {@link #surety}, with standard output written to {@code stdout}; {@code out()} is empty. */
  protected Result suretyWritingTo(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment env = new CliEnvironment(work, environment,
        stdinStream != null ? stdinStream : new ByteArrayInputStream(
            stdinBytes != null ? stdinBytes : stdin.getBytes(StandardCharsets.UTF_8)),
        terminal, disk);
    int status = SuretyCli.run(args, env, stdout, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, "", err.toString(StandardCharsets.UTF_8));
  }

  protected Path write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Whether permissions are enforced here (not when the tests run as root). */
  protected static boolean permissionsEnforced(Path directory) throws IOException {
    Path probe = Files.createTempFile(directory, "probe", ".txt");
    try {
      probe.toFile().setReadable(false, false);
      return !Files.isReadable(probe);
    } finally {
      probe.toFile().setReadable(true, false);
      Files.delete(probe);
    }
  }

  /** A user id and group id that no account has: only root can give a file to them. */
  public static final String NOBODY_ID = "4242";

  /** Gives {@code file} to {@link #NOBODY_ID}; whether this process may (root may, a user not). */
  public static boolean giveAway(Path file) throws IOException {
    UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
    try {
      Files.setOwner(file, users.lookupPrincipalByName(NOBODY_ID));
      Files.getFileAttributeView(file, PosixFileAttributeView.class)
          .setGroup(users.lookupPrincipalByGroupName(NOBODY_ID));
      return true;
    } catch (FileSystemException e) {
      return false;
    }
  }
}
