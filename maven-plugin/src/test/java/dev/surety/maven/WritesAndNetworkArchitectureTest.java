package dev.surety.maven;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.surety.cli.StandardOutput;
import dev.surety.cli.compile.AtomicFiles;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two guarantees of SECURITY.md held over the main classes of every module the plugin bundles
 * (core, validation, dsl, cli and the plugin): every file is written through {@link AtomicFiles},
 * and nothing opens a network connection.
 */
class WritesAndNetworkArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.surety");
    assertThat(classes.contain(AtomicFiles.class)).isTrue();
    assertThat(classes.contain("dev.surety.dsl.internal.Session")).isTrue();
    assertThat(classes.contain(CompileMojo.class)).isTrue();
  }

  @Test
  void everyFileIsWrittenThroughAtomicFiles() {
    // StandardOutput opens file descriptor 1, no file: it is how a failed write to stdout is told
    noClasses().that().doNotBelongToAnyOf(AtomicFiles.class, StandardOutput.class)
        .should().callMethodWhere(target(owner(assignableTo(Files.class)))
            .and(target(nameMatching(
                "write|writeString|newOutputStream|newBufferedWriter|newByteChannel|copy|move"))))
        .orShould().callMethodWhere(target(owner(assignableTo(FileChannel.class)))
            .and(target(nameMatching("open"))))
        .orShould().dependOnClassesThat().belongToAnyOf(
            FileOutputStream.class, FileWriter.class, RandomAccessFile.class)
        .because("a file written in place can be left half-written (SECURITY.md)")
        .check(classes);
  }

  @Test
  void nothingOpensANetworkConnection() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(
            Socket.class, ServerSocket.class, DatagramSocket.class, URL.class, URLConnection.class)
        .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
        .because("nothing is ever fetched over a network (SECURITY.md)")
        .check(classes);
  }
}
