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
