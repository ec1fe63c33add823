package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature module plugs in without edits to shared places (docs/architecture.md, "How a module
 * plugs in"): outside its own folder, only the files listed here may name it. The test finds the
 * feature modules by their {@code api} and {@code domain} packages, so a new one is checked without
 * being named.
 */
class ModulesPlugInTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Where a module may be named from outside: the two poms, and the places its UI and data go. */
  private static final List<Pattern> ALLOWED =
      List.of(
          // 1. the parent pom (module list, version) and 2. the EAR (its jar in ear/lib)
          Pattern.compile("pom\\.xml"),
          Pattern.compile("colloquium-ear/pom\\.xml"),
          // its pages: the web's views and the page beans of an audience's feature packages, the
          // API, and the web's dependency on its face
          Pattern.compile("colloquium-web/pom\\.xml"),
          Pattern.compile("colloquium-web/src/main/webapp/WEB-INF/views/.*"),
          Pattern.compile(
              "colloquium-web/src/main/java/org/colloquium/web/"
                  + "(account|admin|api|feeds|manage|my|review|site|submissions)/.*"),
          Pattern.compile("colloquium-web/src/test/.*"),
          // its demo data
          Pattern.compile("colloquium-demo/.*"),
          // tests of its behaviour, benchmarks, and what people read
          Pattern.compile("colloquium-tests/src/test/.*"),
          Pattern.compile("colloquium-bench/.*"),
          Pattern.compile("docs/.*"),
          Pattern.compile("README\\.md"),
          Pattern.compile("docker/.*"));

  private static final Set<String> TEXT =
      Set.of("java", "xml", "properties", "sh", "sql", "xhtml", "md", "yml", "yaml", "json", "txt");

  record Module(String name, Path folder) {}

  static List<Module> featureModules() throws IOException {
    List<Module> modules = new ArrayList<>();
    try (Stream<Path> folders = Files.list(ROOT)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String dir = folder.getFileName().toString();
        if (!dir.startsWith("colloquium-")) {
          continue;
        }
        String name = dir.substring("colloquium-".length());
        Path code = folder.resolve("src/main/java/org/colloquium/" + name);
        if (Files.isDirectory(code.resolve("api")) && Files.isDirectory(code.resolve("domain"))) {
          modules.add(new Module(name, folder));
        }
      }
    }
    return modules;
  }

  @Test
  void theFeatureModulesAreFound() throws IOException {
    List<String> names = featureModules().stream().map(Module::name).toList();
    assertTrue(names.containsAll(List.of("events", "submissions")), names.toString());
  }

  @Test
  void noSharedFileNamesAFeatureModuleOutsideTheAllowedPlaces() throws IOException {
    List<Module> modules = featureModules();
    List<String> wrong = new ArrayList<>();
    for (Path file : sharedFiles()) {
      String relative = ROOT.relativize(file).toString().replace('\\', '/');
      if (ALLOWED.stream().anyMatch(p -> p.matcher(relative).matches())) {
        continue;
      }
      String text = read(file);
      for (Module module : modules) {
        if (file.startsWith(module.folder()) || dependsOn(relative, module, modules)) {
          continue;
        }
        for (String name :
            List.of(
                "colloquium-" + module.name(),
                "org.colloquium." + module.name() + ".",
                "org/colloquium/" + module.name() + "/")) {
          if (text.contains(name)) {
            wrong.add(relative + " names " + name);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** A feature module above this one (it declares the dependency in its pom) may name it. */
  private static boolean dependsOn(String relative, Module named, List<Module> modules)
      throws IOException {
    for (Module other : modules) {
      if (relative.startsWith("colloquium-" + other.name() + "/")
          && read(other.folder().resolve("pom.xml"))
              .contains("<artifactId>colloquium-" + named.name() + "</artifactId>")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> sharedFiles() throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(Files::isRegularFile)
          .filter(
              f -> {
                String path = ROOT.relativize(f).toString().replace('\\', '/');
                return !path.contains("/target/")
                    && !path.startsWith(".git/")
                    && !path.contains("node_modules/")
                    && !path.contains(".m2repo/")
                    && (TEXT.contains(extension(f)) || path.equals(".ci/run"));
              })
          .toList();
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException binary) {
      return "";
    }
  }
}
