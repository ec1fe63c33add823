package org.colloquium.submissions.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.colloquium.events.api.AttachmentKind;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventAttachment;
import org.colloquium.events.domain.Institution;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.Freed;
import org.colloquium.kernel.files.domain.FileReference;
import org.colloquium.kernel.files.domain.StoredFile;
import org.colloquium.kernel.files.domain.StoredFileRepository;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.persistence.DatabaseProduct;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The collector of unreferenced stored files deletes exactly the files nothing refers to that were
 * last stored before the cutoff, and keeps everything else. Lives here because every module whose
 * tables refer to stored files (kernel, events, submissions) has its migrations on this module's
 * test class path. Runs the real statements with Hibernate on the project's Flyway migrations: in
 * H2 by default, in a throwaway PostgreSQL database on 127.0.0.1:5432 with -Ppostgresql.
 */
class UnreferencedFilesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant CUTOFF = NOW.minus(Duration.ofHours(24));
  private static final Instant OLD = NOW.minus(Duration.ofDays(3));
  private static final Instant RECENT = NOW.minus(Duration.ofHours(1));

  private static TestDatabase database;
  private static SessionFactory factory;
  private static StoredFileRepository files;
  private static EntityManager em;

  private static String organiserLogo;
  private static String partnerLogo;
  private static String attachment;
  private static String submissionPdf;

  @BeforeAll
  static void boot() throws ReflectiveOperationException {
    database = TestDatabase.create("files");
    database.migrate(null);
    factory = database.hibernate();
    em = factory.createEntityManager();
    files = repository(em, database.dataSource());

    organiserLogo = store(em, "organiser logo", OLD);
    partnerLogo = store(em, "partner logo", OLD);
    attachment = store(em, "programme", OLD);
    submissionPdf = store(em, "abstract", OLD);
    inTransaction(
        em,
        () -> {
          Account author =
              new Account(
                  new EmailAddress("author@colloquium.example"),
                  "not-a-hash",
                  new Profile("Ana Căpățînă", null, "RO", null, Language.EN),
                  OLD);
          em.persist(author);
          Event event =
              new Event(
                  new Slug("files-" + NOW.getEpochSecond()),
                  "Conference with files",
                  new EventSchedule(
                      NOW.plus(Duration.ofDays(100)),
                      NOW.plus(Duration.ofDays(101)),
                      ZoneId.of("Europe/Bucharest")),
                  AttendanceMode.HYBRID,
                  OLD);
          event.organisedBy(
              new Institution("University", null, organiserLogo),
              List.of(new Institution("Partner", null, partnerLogo)));
          em.persist(event);
          em.flush();
          em.persist(
              new EventAttachment(
                  event.id(),
                  0,
                  AttachmentKind.PROGRAMME,
                  "Programme",
                  Language.EN,
                  "programme.pdf",
                  attachment,
                  OLD));
          Submission submission =
              new Submission(
                  event.id(),
                  1,
                  author.id(),
                  "files-1",
                  new SubmissionContent(
                      "A paper",
                      "Its abstract",
                      List.of("files"),
                      null,
                      null,
                      "en",
                      List.of(
                          new SubmissionContent.Author(
                              "Ana Căpățînă",
                              new EmailAddress("author@colloquium.example"),
                              "University",
                              "RO",
                              null,
                              true,
                              true))),
                  OLD);
          submission.attachFile(submissionPdf, "abstract.pdf", 100, 1, OLD);
          em.persist(submission);
        });
  }

  @AfterAll
  static void close() {
    if (em != null) {
      em.close();
    }
    if (factory != null) {
      factory.close();
    }
    database.drop();
  }

  /** Every test starts without unreferenced files: earlier tests' leftovers go, whatever age. */
  @BeforeEach
  void noUnreferencedFiles() {
    while (deleteUnreferenced(NOW.plus(Duration.ofDays(1)), 1000).files() > 0) {
      // again: a full batch may have left more
    }
    em.clear();
  }

  @Test
  void theReferencesIncludeEveryTableThisTestFills() {
    assertTrue(
        files.references().stream()
            .map(FileReference::name)
            .collect(Collectors.toSet())
            .containsAll(
                Set.of(
                    "event.logo_file",
                    "event_partner.logo_file",
                    "event_attachment.file_sha256",
                    "submission.file_sha256")),
        files.references().toString());
  }

  /**
   * A module added later declares its reference in its own migration, by a foreign key, and nothing
   * else: neither the collector nor this test names it.
   */
  @Test
  void aLaterModulesTableIsFoundByItsForeignKeyAlone()
      throws SQLException, ReflectiveOperationException {
    String kept = store(em, "a file only a later module refers to", OLD);
    try (Connection c = database.dataSource().getConnection();
        Statement sql = c.createStatement()) {
      sql.executeUpdate(
          "create table later_module_material (id integer primary key,"
              + " file_sha256 varchar(64) not null references stored_file (sha256))");
      try {
        sql.executeUpdate("insert into later_module_material values (1, '" + kept + "')");
        if (!c.getAutoCommit()) {
          c.commit();
        }
        StoredFileRepository fresh = repository(em, database.dataSource());
        assertTrue(
            fresh.references().stream()
                .map(FileReference::name)
                .anyMatch("later_module_material.file_sha256"::equalsIgnoreCase),
            fresh.references().toString());
        Freed[] freed = new Freed[1];
        inTransaction(em, () -> freed[0] = fresh.deleteUnreferenced(CUTOFF, 100));
        assertEquals(Freed.NOTHING, freed[0]);
        assertTrue(exists(kept));
      } finally {
        sql.executeUpdate("drop table later_module_material");
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
    }
  }

  @Test
  void anOldUnreferencedFileGoesAndEverythingElseStays() {
    String replaced = store(em, "the PDF an author replaced", OLD);
    String young = store(em, "uploaded an hour ago, its form not yet saved", RECENT);
    String storedAgain = store(em, "an old file uploaded again", OLD);
    store(em, "an old file uploaded again", RECENT);

    Freed freed = deleteUnreferenced(CUTOFF, 100);

    assertEquals(new Freed(1, "the PDF an author replaced".length()), freed);
    assertFalse(exists(replaced));
    for (String kept :
        List.of(organiserLogo, partnerLogo, attachment, submissionPdf, young, storedAgain)) {
      assertTrue(exists(kept), kept);
    }
    em.clear();
    assertEquals(RECENT, files.find(storedAgain).orElseThrow().lastStoredAt());
    assertEquals(OLD, files.find(storedAgain).orElseThrow().createdAt());
  }

  @Test
  void storingAgainNeverMovesTheTimeBack() {
    String file = store(em, "stored by two nodes with different clocks", RECENT);
    store(em, "stored by two nodes with different clocks", OLD);

    assertEquals(Freed.NOTHING, deleteUnreferenced(CUTOFF, 100));
    em.clear();
    assertEquals(RECENT, files.find(file).orElseThrow().lastStoredAt());
  }

  @Test
  void aBatchDeletesNoMoreThanItsLimit() {
    for (int i = 0; i < 5; i++) {
      store(em, "orphan " + i, OLD);
    }
    assertEquals(new Freed(2, 16), deleteUnreferenced(CUTOFF, 2));
    assertEquals(new Freed(2, 16), deleteUnreferenced(CUTOFF, 2));
    assertEquals(new Freed(1, 8), deleteUnreferenced(CUTOFF, 2));
    assertEquals(Freed.NOTHING, deleteUnreferenced(CUTOFF, 2));
  }

  @Test
  void aFileBeingStoredAgainRightNowIsSkipped() throws ReflectiveOperationException {
    String file = store(em, "uploaded again while the collector runs", OLD);
    EntityManager uploader = factory.createEntityManager();
    try {
      StoredFileRepository uploads = repository(uploader, database.dataSource());
      uploader.getTransaction().begin();
      uploads.addIfAbsent(stored("uploaded again while the collector runs", NOW));

      assertEquals(Freed.NOTHING, deleteUnreferenced(CUTOFF, 100));

      uploader.getTransaction().commit();
    } finally {
      if (uploader.getTransaction().isActive()) {
        uploader.getTransaction().rollback();
      }
      uploader.close();
    }
    em.clear();
    assertEquals(NOW, files.find(file).orElseThrow().lastStoredAt());
    assertEquals(Freed.NOTHING, deleteUnreferenced(CUTOFF, 100));
  }

  @Test
  void theForeignKeysStillRefuseToDeleteAReferencedFile() {
    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                em,
                () ->
                    em.createNativeQuery("delete from stored_file where sha256 = :key")
                        .setParameter("key", submissionPdf)
                        .executeUpdate()));
    em.clear();
    assertTrue(exists(submissionPdf));
  }

  @Test
  void withoutAnyReferenceTheCollectorRefusesToRun() throws ReflectiveOperationException {
    // The kernel's tables alone, before any module referred to stored files (V4_1).
    TestDatabase early = TestDatabase.create("files_early");
    try {
      early.migrate("4");
      try (SessionFactory earlyFactory = early.hibernate();
          EntityManager earlyEm = earlyFactory.createEntityManager()) {
        StoredFileRepository earlyFiles = repository(earlyEm, early.dataSource());
        earlyEm.getTransaction().begin();
        IllegalStateException refused =
            assertThrows(
                IllegalStateException.class, () -> earlyFiles.deleteUnreferenced(CUTOFF, 100));
        earlyEm.getTransaction().rollback();
        assertTrue(refused.getMessage().contains("refusing"), refused.getMessage());
      }
    } finally {
      early.drop();
    }
  }

  @Test
  void theMigrationTakesTheLastStoredTimeOfExistingFilesFromTheirCreation() throws SQLException {
    TestDatabase before = TestDatabase.create("files_v9");
    try {
      before.migrate("8.2");
      try (Connection c = before.dataSource().getConnection()) {
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into stored_file (sha256, content, size_bytes, content_type, created_at)"
                    + " values (?, ?, 3, 'application/pdf', ?)")) {
          insert.setString(1, CheckedContent.sha256Of(bytes("pdf")));
          insert.setBytes(2, bytes("pdf"));
          insert.setObject(3, OLD.atOffset(ZoneOffset.UTC));
          insert.executeUpdate();
        }
        before.migrate(null);
        try (Statement query = c.createStatement();
            ResultSet row = query.executeQuery("select last_stored_at from stored_file")) {
          assertTrue(row.next());
          assertEquals(OLD, row.getObject(1, OffsetDateTime.class).toInstant());
        }
        assertThrows(
            SQLException.class,
            () -> {
              try (Statement insert = c.createStatement()) {
                insert.executeUpdate(
                    "insert into stored_file"
                        + " (sha256, content, size_bytes, content_type, created_at)"
                        + " values ('"
                        + CheckedContent.sha256Of(bytes("x"))
                        + "', X'78', 1, 'application/pdf', current_timestamp)");
              }
            },
            "last_stored_at is not null");
      }
    } finally {
      before.drop();
    }
  }

  private static Freed deleteUnreferenced(Instant before, int limit) {
    Freed[] freed = new Freed[1];
    inTransaction(em, () -> freed[0] = files.deleteUnreferenced(before, limit));
    return freed[0];
  }

  private static boolean exists(String sha256) {
    return files.exists(sha256);
  }

  private static String store(EntityManager em, String text, Instant at) {
    return store(files, em, text, at);
  }

  private static String store(
      StoredFileRepository repository, EntityManager em, String text, Instant at) {
    StoredFile file = stored(text, at);
    inTransaction(em, () -> repository.addIfAbsent(file));
    return file.sha256();
  }

  private static StoredFile stored(String text, Instant at) {
    return new StoredFile(new CheckedContent(bytes(text), "application/pdf"), at);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void inTransaction(EntityManager em, Runnable work) {
    em.getTransaction().begin();
    try {
      work.run();
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  private static StoredFileRepository repository(EntityManager em, DataSource dataSource)
      throws ReflectiveOperationException {
    StoredFileRepository repository = new StoredFileRepository();
    inject(repository, "em", em);
    DatabaseProduct product = new DatabaseProduct();
    inject(product, "dataSource", dataSource);
    inject(repository, "database", product);
    return repository;
  }

  private static void inject(Object target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
