package org.colloquium.bench;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/**
 * The floor of the deadline rush: the rows and files of {@code n} submissions written straight into
 * PostgreSQL by a plain JDBC loop, one connection, in the rush's three transactions per author —
 * create the draft under the event's numbering lock, store the 1 MB file and point the draft at it,
 * hand it in with its mails in the outbox. No HTTP, no JSON, no PDF inspection, no JPA: what the
 * database and the disk alone cost on this machine, to report the rush as a ratio to it.
 *
 * <p>Run from the rush script, after the rushes, against the benchmark's database (the drafts go to
 * one account made for the purpose, numbered after the rush's):
 *
 * <pre>
 *   java -cp postgresql.jar JdbcFloor.java jdbc:postgresql://… user password eventId n pdfBytes
 * </pre>
 */
public final class JdbcFloor {

  private JdbcFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: JdbcFloor <jdbc url> <user> <password> <event id> <n> <pdf bytes>");
      System.exit(2);
    }
    long eventId = Long.parseLong(args[3]);
    int n = Integer.parseInt(args[4]);
    int pdfBytes = Integer.parseInt(args[5]);
    byte[][] files = new byte[n][];
    Random random = new Random(42);
    for (int i = 0; i < n; i++) {
      files[i] = new byte[pdfBytes];
      random.nextBytes(files[i]);
    }
    try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
      db.setAutoCommit(false);
      long account = account(db);
      long started = System.nanoTime();
      for (int i = 0; i < n; i++) {
        long id = create(db, eventId, account, i);
        store(db, id, files[i]);
        handIn(db, id, i);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("submissions=%d%n", n);
      System.out.printf("seconds=%.2f%n", seconds);
      System.out.printf("submissionsPerSecond=%.2f%n", n / seconds);
    }
  }

  private static long account(Connection db) throws SQLException {
    long id = 900900001L;
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into account (id, version, email, password_hash, full_name, country,"
                + " preferred_language, platform_administrator, email_verified_at, created_at,"
                + " credential_version) values (?, 0, 'floor@bench.example', 'none', 'Floor Loop',"
                + " 'RO', 'EN', false, now(), now(), 0) on conflict do nothing")) {
      insert.setLong(1, id);
      insert.executeUpdate();
    }
    db.commit();
    return id;
  }

  /** The draft with its authors, numbered under a lock on the event's row. */
  private static long create(Connection db, long eventId, long account, int i) throws SQLException {
    try (PreparedStatement lock =
        db.prepareStatement("select id from event where id = ? for update")) {
      lock.setLong(1, eventId);
      lock.executeQuery().close();
    }
    int number;
    try (PreparedStatement next =
        db.prepareStatement(
            "select coalesce(max(number), 0) + 1 from submission where event_id = ?")) {
      next.setLong(1, eventId);
      try (ResultSet r = next.executeQuery()) {
        r.next();
        number = r.getInt(1);
      }
    }
    long id = nextval(db, "submission_seq");
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into submission (id, version, event_id, number, submitter_id, state, title,"
                + " abstract_text, keywords, language, idempotency_key, search_text, created_at,"
                + " updated_at) values (?, 0, ?, ?, ?, 'DRAFT', ?, ?, ?, 'en', ?, ?, ?, ?)")) {
      String title = "Securitatea energetică după 2022: studiul " + i;
      insert.setLong(1, id);
      insert.setLong(2, eventId);
      insert.setInt(3, number);
      insert.setLong(4, account);
      insert.setString(5, title);
      insert.setString(6, ABSTRACT);
      insert.setString(7, "energy security\nUcraina\nенергетика\nLNG");
      insert.setString(8, "floor-" + UUID.randomUUID());
      insert.setString(9, (title + " " + ABSTRACT).toLowerCase());
      insert.setTimestamp(10, now);
      insert.setTimestamp(11, now);
      insert.executeUpdate();
    }
    try (PreparedStatement author =
        db.prepareStatement(
            "insert into submission_author (id, submission_id, position, full_name, email,"
                + " affiliation, country, presenting, may_edit) values (?, ?, ?, ?, ?, ?, ?, ?, false)")) {
      for (int position = 1; position <= 2 + (i % 3 == 0 ? 0 : 1); position++) {
        author.setLong(1, nextval(db, "submission_author_seq"));
        author.setLong(2, id);
        author.setInt(3, position);
        author.setString(4, position == 1 ? "Floor Loop" : "Ștefan Țurcanu " + position);
        author.setString(
            5,
            position == 1
                ? "floor@bench.example"
                : "co" + position + ".floor" + i + "@bench.example");
        author.setString(6, "Universitatea din București");
        author.setString(7, "RO");
        author.setString(8, position == 1 ? "Y" : null);
        author.addBatch();
      }
      author.executeBatch();
    }
    db.commit();
    return id;
  }

  /** The file, content-addressed, and the draft pointing at it. */
  private static void store(Connection db, long id, byte[] pdf) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement file =
        db.prepareStatement(
            "insert into stored_file (sha256, content, size_bytes, content_type, created_at,"
                + " last_stored_at) values (?, ?, ?, 'application/pdf', ?, ?)"
                + " on conflict (sha256) do update set last_stored_at = excluded.last_stored_at")) {
      file.setString(1, sha);
      file.setBytes(2, pdf);
      file.setLong(3, pdf.length);
      file.setTimestamp(4, now);
      file.setTimestamp(5, now);
      file.executeUpdate();
    }
    try (PreparedStatement point =
        db.prepareStatement(
            "update submission set file_sha256 = ?, file_name = 'paper.pdf', file_size = ?,"
                + " file_pages = 12, updated_at = ?, version = version + 1 where id = ?")) {
      point.setString(1, sha);
      point.setLong(2, pdf.length);
      point.setTimestamp(3, now);
      point.setLong(4, id);
      point.executeUpdate();
    }
    db.commit();
  }

  /** Handed in, with a mail to the submitter and one to each co-author. */
  private static void handIn(Connection db, long id, int i) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement submit =
        db.prepareStatement(
            "update submission set state = 'SUBMITTED', submitted_at = ?, updated_at = ?,"
                + " version = version + 1 where id = ?")) {
      submit.setTimestamp(1, now);
      submit.setTimestamp(2, now);
      submit.setLong(3, id);
      submit.executeUpdate();
    }
    try (PreparedStatement mail =
        db.prepareStatement(
            "insert into mail_outbox (id, version, message_id, template, recipient_email,"
                + " recipient_name, subject, body, state, attempts, created_at,"
                + " retry_window_started_at, next_attempt_at) values"
                + " (?, 0, ?, ?, ?, 'Floor Loop', 'Your abstract was received', ?, 'PENDING', 0, ?, ?, ?)")) {
      for (int m = 0; m < 2 + (i % 3 == 0 ? 0 : 1); m++) {
        mail.setLong(1, nextval(db, "mail_outbox_seq"));
        mail.setString(2, "<" + UUID.randomUUID() + "@bench.example>");
        mail.setString(3, m == 0 ? "floor-received" : "floor-coauthor");
        mail.setString(
            4, m == 0 ? "floor@bench.example" : "co" + (m + 1) + ".floor" + i + "@bench.example");
        mail.setString(5, ABSTRACT);
        mail.setTimestamp(6, now);
        mail.setTimestamp(7, now);
        mail.setTimestamp(8, now);
        mail.addBatch();
      }
      mail.executeBatch();
    }
    db.commit();
  }

  /**
   * The next id of a sequence. The application's sequences hand out blocks of 50, which Hibernate
   * numbers in memory; asking the database every time would make the floor slower than the
   * application, so ids are taken the same way: one call per 50.
   */
  private static long nextval(Connection db, String sequence) throws SQLException {
    Block block = BLOCKS.computeIfAbsent(sequence, s -> new Block());
    if (block.left == 0) {
      try (PreparedStatement next = db.prepareStatement("select nextval('" + sequence + "')");
          ResultSet r = next.executeQuery()) {
        r.next();
        block.next = r.getLong(1);
        block.left = 50;
      }
    }
    block.left--;
    return block.next++;
  }

  private static final class Block {
    long next;
    int left;
  }

  private static final java.util.Map<String, Block> BLOCKS = new java.util.HashMap<>();

  private static final String ABSTRACT =
      "Since February 2022 the states of Central and Eastern Europe have rebuilt their gas supply"
          + " around new terminals and interconnectors. This paper compares the measures taken in"
          + " Romania, the Republic of Moldova, Ukraine, Poland, Slovakia and Hungary: storage"
          + " obligations, joint purchasing, demand reduction and emergency solidarity. Știm că"
          + " securitatea nu e un dat.";
}
