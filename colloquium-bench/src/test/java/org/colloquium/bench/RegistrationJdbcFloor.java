package org.colloquium.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of the registration rush: the rows of {@code n} registrations written straight into
 * PostgreSQL by plain JDBC, each in one transaction as the server writes it — the conditional
 * UPDATE of the mode's quota row (the lock every registration of the mode queues on), the
 * registration, its history row and its confirmation mail with the calendar attachment in the
 * outbox — from as many connections as the rush had requests in flight. No HTTP, no JSON, no JPA,
 * no templates: what the database alone costs on this machine, to report the rush as a ratio.
 *
 * <pre>
 *   java -cp postgresql.jar RegistrationJdbcFloor.java jdbc:postgresql://… user password eventId n threads
 * </pre>
 *
 * Writes to the event's online quota (unlimited: every registration takes a place, as the first
 * in-person ones of the rush do), as addresses of their own, held in the outbox so nothing is sent.
 */
public final class RegistrationJdbcFloor {

  private static final String BODY = "x".repeat(1200);
  private static final String ICS =
      "BEGIN:VCALENDAR\r\n" + "y".repeat(700) + "\r\nEND:VCALENDAR\r\n";

  private RegistrationJdbcFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: RegistrationJdbcFloor <jdbc url> <user> <password> <event id> <n> <threads>");
      System.exit(2);
    }
    long eventId = Long.parseLong(args[3]);
    int n = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    AtomicLong next = new AtomicLong(950_000_000L);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = n / threads + (t < n % threads ? 1 : 0);
      work.add(
          pool.submit(
              () -> {
                try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
                  db.setAutoCommit(false);
                  for (int i = 0; i < share; i++) {
                    register(db, eventId, next.incrementAndGet());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "registrations=%d%nthreads=%d%nseconds=%.2f%nregistrationsPerSecond=%.2f%n",
        n, threads, seconds, n / seconds);
  }

  private static void register(Connection db, long eventId, long id) throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    String email = "floor" + id + "@bench.example";
    try (PreparedStatement take =
        db.prepareStatement(
            "update registration_quota set taken = taken + 1 where event_id = ? and mode = 'ONLINE'"
                + " and (capacity is null or taken < capacity) and waiting = 0")) {
      take.setLong(1, eventId);
      if (take.executeUpdate() != 1) {
        throw new IllegalStateException("the online quota refused a place");
      }
    }
    try (PreparedStatement r =
        db.prepareStatement(
            "insert into registration (id, version, event_id, email, active_email, full_name,"
                + " affiliation, listed, language, mode, state, created_at, updated_at)"
                + " values (?, 0, ?, ?, ?, ?, 'Universitatea din București', true, 'en', 'ONLINE',"
                + " 'CONFIRMED', ?, ?)")) {
      r.setLong(1, id);
      r.setLong(2, eventId);
      r.setString(3, email);
      r.setString(4, email);
      r.setString(5, "Олена Țurcanu " + id);
      r.setTimestamp(6, now);
      r.setTimestamp(7, now);
      r.executeUpdate();
    }
    try (PreparedStatement h =
        db.prepareStatement(
            "insert into registration_history (id, registration_id, from_state, to_state, mode, at)"
                + " values (?, ?, null, 'CONFIRMED', 'ONLINE', ?)")) {
      h.setLong(1, id);
      h.setLong(2, id);
      h.setTimestamp(3, now);
      h.executeUpdate();
    }
    try (PreparedStatement m =
        db.prepareStatement(
            "insert into mail_outbox (id, version, message_id, template, recipient_email,"
                + " recipient_name, subject, body, state, attempts, created_at,"
                + " retry_window_started_at, next_attempt_at, attachment_name, attachment_type,"
                + " attachment_content) values (?, 0, ?, 'registration-confirmed', ?, ?, ?, ?,"
                + " 'HELD', 0, ?, ?, ?, 'event.ics', 'text/calendar', ?)")) {
      m.setLong(1, id);
      m.setString(2, "<" + UUID.randomUUID() + "@bench.example>");
      m.setString(3, email);
      m.setString(4, "Олена Țurcanu " + id);
      m.setString(5, "Registration confirmed: IIIrd Annual Conference");
      m.setString(6, BODY);
      m.setTimestamp(7, now);
      m.setTimestamp(8, now);
      m.setTimestamp(9, now);
      m.setString(10, ICS);
      m.executeUpdate();
    }
    db.commit();
  }
}
