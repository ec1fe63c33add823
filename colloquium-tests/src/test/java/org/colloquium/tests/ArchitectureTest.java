package org.colloquium.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/architecture.md, checked on the compiled classes of every module: the
 * modules depend one way (kernel ← events ← submissions ← web), inside a feature the domain does
 * not reach up into application services, the web layer never touches the EntityManager, and no
 * package cycles.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.colloquium");
    assertTrue(classes.size() > 50, "the modules' classes are on the test class path");
  }

  @Test
  void kernelDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.kernel..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.colloquium.events..", "org.colloquium.submissions..", "org.colloquium.web..")
        .check(classes);
  }

  @Test
  void eventsDependOnTheKernelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.colloquium.submissions..", "org.colloquium.web..")
        .check(classes);
  }

  @Test
  void submissionsDependOnEventsAndTheKernelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.submissions..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.colloquium.web..")
        .check(classes);
  }

  @Test
  void theSubmissionsModuleIsOnTheClassPath() {
    assertTrue(
        classes.contain("org.colloquium.submissions.domain.DoubleBlindCheck"),
        "the rules above check nothing without the module's classes");
  }

  @Test
  void domainDoesNotDependOnApplicationServicesOrWeb() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..application..", "org.colloquium.web..", "jakarta.faces..")
        .check(classes);
  }

  @Test
  void webLayerNeverTouchesTheEntityManager() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.web..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .check(classes);
  }

  @Test
  void webLayerGetsViewsFromServicesNeverEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.web..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(classes);
  }

  @Test
  void webLayerNeverUsesRepositories() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.web..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(classes);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.colloquium.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> missing;
    try (Stream<Path> files = Files.walk(root)) {
      missing =
          files
              .filter(Files::isDirectory)
              .filter(d -> d.toString().contains("/src/main/java/org/colloquium"))
              .filter(d -> !d.toString().contains("/target/"))
              .filter(ArchitectureTest::containsJava)
              .filter(d -> !Files.exists(d.resolve("package-info.java")))
              .toList();
    }
    assertTrue(missing.isEmpty(), () -> "packages without package-info.java: " + missing);
  }

  private static boolean containsJava(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
