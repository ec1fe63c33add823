package org.colloquium.tests.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.colloquium.tests.support.TestDatabase;

/**
 * Nodes of the cluster server on this machine, on a PostgreSQL database of their own (the suite's
 * other server keeps its database to itself): node k listens on 8080 + 100 (k + 2) and talks
 * JGroups on 7600 + 100 (k + 2). Each node has its own copy of the server's {@code standalone}
 * folder (configuration, deployments, data) and shares the installation; {@link #kill} ends its JVM
 * at once, as a crash would.
 */
final class ClusterNodes implements AutoCloseable {

  private static final Duration DEPLOYMENT = Duration.ofSeconds(300);

  private final Path server;
  private final Path work;
  private final int count;
  private final String database;
  private final List<Process> processes = new ArrayList<>();

  ClusterNodes(int count) {
    Path target = Path.of(System.getProperty("colloquium.it.directory", "target"));
    this.server = target.resolve("server-ha");
    this.work = target.resolve("cluster-nodes");
    this.count = count;
    this.database =
        "colloquium_cluster_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    for (int k = 1; k <= count; k++) {
      processes.add(null);
    }
    // A fresh copy for every run: a node's data folder holds transaction logs and session stores
    // that belong to the last run's database.
    deleteAll(work);
    TestDatabase.execute("create database " + database + " encoding 'UTF8' template template0");
  }

  String base(int node) {
    return "http://127.0.0.1:" + (8080 + 100 * (node + 2));
  }

  /**
   * Starts the nodes (1-based) at once and waits until the application is deployed on each: they
   * take turns migrating and loading the demo data by themselves (StartupLock).
   */
  void start(int... nodes) throws IOException, InterruptedException {
    for (int node : nodes) {
      launch(node);
    }
    for (int node : nodes) {
      awaitDeployed(node);
    }
  }

  private void launch(int node) throws IOException {
    Path base = work.resolve("node" + node);
    if (!Files.exists(base)) {
      copy(server.resolve("standalone"), base);
      Files.copy(
          Path.of(System.getProperty("colloquium.ear")),
          base.resolve("deployments/colloquium.ear"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Path deployed = base.resolve("deployments/colloquium.ear.deployed");
    Path failed = base.resolve("deployments/colloquium.ear.failed");
    Files.deleteIfExists(deployed);
    Files.deleteIfExists(failed);
    List<String> hosts = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      hosts.add("127.0.0.1[" + (7600 + 100 * (k + 2)) + "]");
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-b",
                "127.0.0.1",
                "-bprivate",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1",
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.node.name=node" + node,
                "-Djboss.socket.binding.port-offset=" + 100 * (node + 2),
                "-Djava.net.preferIPv4Stack=true",
                // A job's claim lapses 6 s after its node's last heartbeat (30 s by default), so
                // that the take-over test need not wait long.
                "-Dcolloquium.jobs.lease-seconds=6",
                // Mail stays in the outbox: no SMTP server listens there.
                "-Dsmtp.host=127.0.0.1",
                "-Dsmtp.port=1")
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("console.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("DB_DRIVER", "postgresql");
    env.put("DB_URL", System.getProperty("colloquium.it.postgresql.url") + database);
    env.put("DB_USER", System.getProperty("colloquium.it.postgresql.user"));
    env.put("DB_PASSWORD", "unused-with-trust-auth");
    env.put("COLLOQUIUM_DEMO_DATA", "true");
    env.put("COLLOQUIUM_BASE_URL", base(node));
    env.put("COLLOQUIUM_BEHIND_PROXY", "true");
    env.put("COLLOQUIUM_CLUSTER_HOSTS", String.join(",", hosts));
    env.put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
    processes.set(node - 1, builder.start());
  }

  private void awaitDeployed(int node) throws InterruptedException {
    Path base = work.resolve("node" + node);
    Path deployed = base.resolve("deployments/colloquium.ear.deployed");
    Path failed = base.resolve("deployments/colloquium.ear.failed");
    Instant until = Instant.now().plus(DEPLOYMENT);
    while (!Files.exists(deployed)) {
      if (Files.exists(failed) || !processes.get(node - 1).isAlive()) {
        throw new IllegalStateException("node" + node + " did not deploy: see " + base);
      }
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("node" + node + " not deployed after " + DEPLOYMENT);
      }
      Thread.sleep(500);
    }
  }

  /** A connection to the nodes' database, for a test to see what they recorded. */
  Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("colloquium.it.postgresql.url") + database,
        System.getProperty("colloquium.it.postgresql.user"),
        "");
  }

  /** Ends the node's JVM at once (SIGKILL), with no chance to hand anything over. */
  void kill(int node) throws InterruptedException {
    Process process = processes.get(node - 1);
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    for (ProcessHandle p : all) {
      p.destroyForcibly();
    }
    for (ProcessHandle p : all) {
      p.onExit().join();
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      if (process != null && process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
    for (Process process : processes) {
      if (process != null) {
        process.onExit().join();
      }
    }
    TestDatabase.execute("drop database if exists " + database + " with (force)");
  }

  private static void deleteAll(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
