package dev.surety.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a document lives for the compiler: its compilation root (the deepest workspace folder that
 * holds it, else its own directory, so that its includes resolve against the disk) and the name it
 * is reported under (relative to that root, with {@code /}), and back from a reported name to a
 * URI.
 */
final class Workspace {

  /** A document as the compiler sees it. {@code file} is empty for a URI that is not a file. */
  record Target(Path root, String fileName, Optional<Path> file) {

    /** The file that a name reported in this target's compilation stands for. */
    Path resolve(String reportedName) {
      return root.resolve(reportedName).normalize();
    }
  }

  private final List<Path> folders = new CopyOnWriteArrayList<>();
  private final Path fallbackRoot;

  Workspace(Path fallbackRoot) {
    this.fallbackRoot = fallbackRoot.toAbsolutePath().normalize();
  }

  void addFolder(String uri) {
    path(uri).ifPresent(folders::add);
  }

  void removeFolder(String uri) {
    path(uri).ifPresent(folders::remove);
  }

  Target target(String uri) {
    Optional<Path> file = path(uri);
    if (file.isEmpty()) {
      String name = uri.replaceAll(".*[/:]", "");
      return new Target(fallbackRoot, name.isEmpty() ? "untitled.surety" : name, Optional.empty());
    }
    Path path = file.get();
    Path root = null;
    for (Path folder : folders) {
      if (path.startsWith(folder) && !path.equals(folder)
          && (root == null || folder.getNameCount() > root.getNameCount())) {
        root = folder;
      }
    }
    if (root == null) {
      root = path.getParent() == null ? fallbackRoot : path.getParent();
    }
    String name = root.relativize(path).toString().replace('\\', '/');
    return new Target(root, name, file);
  }

  /** The file a {@code file:} URI names; empty for other URIs and malformed ones. */
  static Optional<Path> path(String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static String uri(Path path) {
    return path.toUri().toString();
  }
}
