package org.colloquium.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.RouteSet;
import org.colloquium.kernel.persistence.ModuleEntities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/architecture.md, checked on the compiled classes of every module: the
 * modules depend one way (kernel ← events ← submissions ← web), each area keeps its {@code domain}
 * and {@code application} to itself and is used through its {@code api} package, the web layer uses
 * only those faces, inside an area the domain does not reach up into application services, and no
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
  void registrationDependsOnEventsAndTheKernelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.registration..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.colloquium.submissions..",
            "org.colloquium.reviews..",
            "org.colloquium.programme..",
            "org.colloquium.web..")
        .check(classes);
    assertTrue(
        classes.contain("org.colloquium.registration.domain.Registration"),
        "the rule checks nothing without the module's classes");
  }

  @Test
  void theSubmissionsModuleIsOnTheClassPath() {
    assertTrue(
        classes.contain("org.colloquium.submissions.domain.DoubleBlindCheck"),
        "the rules above check nothing without the module's classes");
  }

  /**
   * Every area with a {@code domain} or {@code application} package (a feature module, a kernel
   * area such as accounts or mail) keeps them to itself; others use its {@code api} package. The
   * owner is the package above the first {@code domain}/{@code application} segment, so a new
   * module is covered without being named here.
   */
  @Test
  void areasKeepTheirDomainAndApplicationToThemselves() {
    classes()
        .should(onlyUseOtherAreasThroughTheirFaces())
        .because("what other modules need lives in the owner's api package")
        .check(classes);
  }

  @Test
  void webUsesOnlyFaces() {
    noClasses()
        .that()
        .resideInAPackage("org.colloquium.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.colloquium..domain..", "org.colloquium..application..")
        .check(classes);
  }

  private static ArchCondition<JavaClass> onlyUseOtherAreasThroughTheirFaces() {
    return new ArchCondition<>("use other areas only through their faces") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = origin.getPackageName();
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String owner = privateOwner(d.getTargetClass().getPackageName());
          if (owner != null && !from.equals(owner) && !from.startsWith(owner + ".")) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** The area a package is private to, or null for a published package. */
  static String privateOwner(String packageName) {
    if (!packageName.startsWith("org.colloquium.")) {
      return null;
    }
    String[] parts = packageName.split("\\.");
    StringBuilder owner = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].equals("domain") || parts[i].equals("application")) {
        return owner.toString();
      }
      owner.append('.').append(parts[i]);
    }
    return null;
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

  /**
   * The persistence unit scans only the kernel's jar; a feature's entity missing from its module's
   * {@link ModuleEntities} would be unknown to Hibernate in the server.
   */
  @Test
  void everyFeatureEntityIsDeclaredByItsModule() {
    Set<String> declared = new TreeSet<>();
    for (ModuleEntities module : ServiceLoader.load(ModuleEntities.class)) {
      module.entities().forEach(c -> declared.add(c.getName()));
    }
    Set<String> entities = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.isAnnotatedWith(jakarta.persistence.Entity.class)
          && !c.getPackageName().startsWith("org.colloquium.kernel.")) {
        entities.add(c.getName());
      }
    }
    assertFalse(entities.isEmpty(), "the feature modules' entities are on the class path");
    assertEquals(entities, declared);
  }

  /**
   * Routes reach the router as Java services; a route set missing from its jar's services file
   * would leave its pages unreachable (404) in the server, and unwalked by the permission test. The
   * web module's own set is passed in by the web.
   */
  @Test
  void everyRouteSetIsDeclaredByItsModule() {
    Set<String> declared = new TreeSet<>();
    for (RouteSet set : ServiceLoader.load(RouteSet.class)) {
      declared.add(set.getClass().getName());
    }
    Set<String> sets = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.isAssignableTo(RouteSet.class)
          && !c.isInterface()
          // (the kernel's test jar is on this class path too: its sets are anonymous classes)
          && !c.isAnonymousClass()
          && !c.getPackageName().startsWith("org.colloquium.web.")) {
        sets.add(c.getName());
      }
    }
    assertFalse(sets.isEmpty(), "the feature modules' route sets are on the class path");
    assertEquals(sets, declared);
  }

  /**
   * An access rule is a bean the router selects by its class, and says whom it admits: the
   * permission walk expects exactly that.
   */
  @Test
  void everyAccessRuleIsABeanThatSaysWhomItAdmits() {
    classes()
        .that()
        .implement(AccessRule.class)
        .and()
        .areNotInterfaces()
        .should()
        .beAnnotatedWith(Admits.class)
        .andShould()
        .beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
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
