package org.colloquium.kernel.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An outbox row with a file, through the kernel's migrations and Hibernate on H2: what is stored is
 * what the sender gets, and the retention run removes the file's content with the body.
 */
class OutboxStorageTest {

  private static final String URL = "jdbc:h2:mem:outbox-storage;DB_CLOSE_DELAY=-1";
  private static final Instant T0 = Instant.parse("2026-12-04T16:00:00Z");
  private static final String ICS =
      "BEGIN:VCALENDAR\r\nSUMMARY:Morfologia verbului în dacoromână\r\nEND:VCALENDAR\r\n"
          + "x".repeat(100_000);

  private static JdbcDataSource dataSource;
  private static SessionFactory factory;

  @BeforeAll
  static void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(URL);
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    Configuration configuration = new Configuration();
    configuration.setProperty("hibernate.connection.url", URL);
    configuration.setProperty("hibernate.connection.username", "sa");
    configuration.setProperty("hibernate.connection.password", "sa");
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
    configuration.setProperty("hibernate.type.json_format_mapper", NoFormat.class.getName());
    configuration.setProperty("hibernate.type.xml_format_mapper", NoFormat.class.getName());
    configuration.addAnnotatedClass(OutboxMessage.class);
    factory = configuration.buildSessionFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void theFileComesBackAsStoredAndGoesWithTheBodyAfterTheRetention() {
    MailAttachment ics =
        new MailAttachment("changes.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ICS);
    Long id =
        inTransaction(
            repository -> {
              OutboxMessage m = message();
              m.attach(ics);
              repository.add(m);
              return m.id();
            });
    inTransaction(
        repository -> {
          OutboxMessage m = repository.find(id).orElseThrow();
          assertEquals(Optional.of(ics), m.attachment());
          m.delivered(m.claim(T0, Duration.ofMinutes(2)), T0.plusSeconds(1));
          return null;
        });

    int purged = inTransaction(repository -> repository.purgeSentBodies(T0.plusSeconds(2), T0));

    assertTrue(purged >= 1, "purged: " + purged);
    inTransaction(
        repository -> {
          OutboxMessage m = repository.find(id).orElseThrow();
          assertEquals(Optional.empty(), m.attachment());
          assertEquals("changes.ics", m.attachmentName(), "the name stays, like the subject");
          assertEquals("", m.body());
          return null;
        });
  }

  @Test
  void aMailWithoutAFileIsStoredAsBefore() {
    Long id =
        inTransaction(
            repository -> {
              OutboxMessage m = message();
              repository.add(m);
              return m.id();
            });
    inTransaction(
        repository -> {
          assertEquals(Optional.empty(), repository.find(id).orElseThrow().attachment());
          return null;
        });
  }

  @Test
  void theDatabaseRefusesAFileWithoutANameOrType() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "insert into mail_outbox (id, message_id, template, recipient_email, subject,"
                      + " body, state, created_at, retry_window_started_at, next_attempt_at,"
                      + " attachment_content) values (999999, '<x@y>', 't', 'a@b.ro', 's', 'b',"
                      + " 'PENDING', current_timestamp, current_timestamp, current_timestamp,"
                      + " 'BEGIN:VCALENDAR')"));
    }
  }

  private static OutboxMessage message() {
    return new OutboxMessage(
        "programme-changed",
        "ana@unibuc.ro",
        "Ana Țurcanu",
        "Programme change",
        "Dear Ana, …",
        "colloquium.example",
        T0);
  }

  private interface Work<T> {
    T run(OutboxRepository repository);
  }

  private static <T> T inTransaction(Work<T> work) {
    try (Session session = factory.openSession()) {
      session.beginTransaction();
      OutboxRepository repository = new OutboxRepository();
      repository.em = session;
      T result = work.run(repository);
      session.getTransaction().commit();
      return result;
    }
  }

  /** A format mapper for JSON and XML columns, which the outbox has none of. */
  public static class NoFormat implements FormatMapper {
    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException();
    }
  }
}
