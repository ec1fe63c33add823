package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/architecture.md for Flyway scripts: one history for all modules, each module's
 * scripts in its own jar and folder, no version used twice. Scripts up to V12 predate the rule and
 * stay where they are; a new script lives in {@code db/migration/<module>/} of its module and is
 * versioned by the UTC time it was written ({@code V2026.12.02.1430__reviews_conflicts.sql}), so
 * two modules never fight for a number and the history keeps ascending.
 */
class MigrationNamesTest {

  private static final Pattern SCRIPT = Pattern.compile("V([0-9._]+)__\\w+\\.sql");
  private static final Pattern TIMED =
      Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}\\.\\d{4}(\\.\\d+)?");
  private static final int LAST_FLAT_VERSION = 12;

  @Test
  void versionsAreUniqueAndNewScriptsLiveInTheirModulesFolder() throws IOException {
    Map<String, Path> byVersion = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int scripts = 0;
    for (Path script : scripts()) {
      scripts++;
      Matcher m = SCRIPT.matcher(script.getFileName().toString());
      if (!m.matches()) {
        problems.add("not a Flyway versioned script name: " + script);
        continue;
      }
      String version = m.group(1).replace('_', '.');
      Path earlier = byVersion.putIfAbsent(version, script);
      if (earlier != null) {
        problems.add("version " + version + " twice: " + earlier + " and " + script);
      }
      int major = Integer.parseInt(version.split("\\.")[0]);
      if (major > LAST_FLAT_VERSION) {
        String module = moduleOf(script);
        Path folder = script.getParent();
        if (!folder.getFileName().toString().equals(module)) {
          problems.add(script + " belongs in db/migration/" + module + "/");
        }
        if (!TIMED.matcher(version).matches()) {
          problems.add(script + " is not versioned by its time (V2026.12.02.1430__…)");
        }
      }
    }
    assertTrue(scripts >= 20, "the modules' scripts were found: " + scripts);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** "colloquium-events" → "events". */
  private static String moduleOf(Path script) {
    for (Path p = script; p != null; p = p.getParent()) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (name.startsWith("colloquium-")) {
        return name.substring("colloquium-".length());
      }
    }
    return "?";
  }

  private static List<Path> scripts() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().contains("/src/main/resources/db/migration/"))
          .filter(f -> f.toString().endsWith(".sql"))
          .filter(f -> !f.toString().contains("/target/"))
          .toList();
    }
  }
}
