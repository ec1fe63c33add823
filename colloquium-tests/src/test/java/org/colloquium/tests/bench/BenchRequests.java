package org.colloquium.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;

/** What the page benchmarks share: timing a page over HTTP, reading one number, the report. */
final class BenchRequests {

  static final int WARM_UP = 15;
  static final int MEASURED = 40;

  private BenchRequests() {}

  /**
   * Asks for {@code path} {@link #WARM_UP} times, then {@link #MEASURED} times with the clock
   * running; adds a line to the report and answers the median in milliseconds.
   */
  static long median(WebClient client, String path, List<String> report) {
    for (int i = 0; i < WARM_UP; i++) {
      client.get(path);
    }
    List<Long> millis = new ArrayList<>();
    long characters = 0;
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      Page page = client.get(path);
      millis.add((System.nanoTime() - start) / 1_000_000);
      assertEquals(200, page.status());
      characters = page.body().length();
    }
    Collections.sort(millis);
    long median = millis.get(millis.size() / 2);
    long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
    report.add(
        String.format(
            "%s: median %d ms, 95th percentile %d ms, max %d ms, %,d characters (%d requests"
                + " after %d warm-up)",
            path, median, p95, millis.get(millis.size() - 1), characters, MEASURED, WARM_UP));
    return median;
  }

  /**
   * The reference of a page benchmark, in the same run: nginx (Debian's, at /usr/sbin/nginx)
   * serving {@code body} as a static file, timed like the page. Adds its line to the report and
   * answers its median, or -1 (and says so) without nginx.
   */
  static long nginxMedian(String name, String body, List<String> report)
      throws IOException, InterruptedException {
    Path nginx = Path.of("/usr/sbin/nginx");
    if (!Files.isExecutable(nginx)) {
      report.add("reference: nginx is not installed (apt-get install nginx-light)");
      return -1;
    }
    Path root = Files.createTempDirectory("colloquium-nginx");
    Files.writeString(root.resolve(name + ".html"), body);
    // nginx's workers run as another user: they must be able to read the page.
    Files.setPosixFilePermissions(
        root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        root.resolve(name + ".html"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    int port = 18_000 + Integer.getInteger("test.port.offset", 100);
    Path conf = root.resolve("nginx.conf");
    Files.writeString(
        conf,
        "worker_processes auto; pid "
            + root.resolve("nginx.pid")
            + "; error_log "
            + root.resolve("error.log")
            + ";\nevents {}\nhttp { access_log off; server { listen 127.0.0.1:"
            + port
            + "; root "
            + root
            + "; default_type text/html; } }\n");
    run(nginx.toString(), "-c", conf.toString(), "-p", root.toString());
    try {
      return median(new WebClient("http://127.0.0.1:" + port), "/" + name + ".html", report);
    } finally {
      run(nginx.toString(), "-c", conf.toString(), "-p", root.toString(), "-s", "stop");
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
  }

  /** The test database the server uses: PostgreSQL, as {@code -Pbench} sets it up. */
  static Connection connect() throws SQLException {
    String url = System.getProperty("colloquium.it.db.url");
    org.junit.jupiter.api.Assertions.assertTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "run with -Pbench: " + url);
    return java.sql.DriverManager.getConnection(
        url,
        System.getProperty("colloquium.it.db.user"),
        System.getProperty("colloquium.it.db.password"));
  }

  /** Runs one statement with its parameters in order. */
  static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  static long single(Connection db, String sql) throws SQLException {
    try (var statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Writes the report to target/bench/{@code file} and prints it. */
  static void write(String file, List<String> report) throws IOException {
    Path out = Path.of(System.getProperty("colloquium.it.directory", "target"), "bench");
    Files.createDirectories(out);
    Files.write(out.resolve(file), report);
    report.forEach(System.out::println);
  }
}
