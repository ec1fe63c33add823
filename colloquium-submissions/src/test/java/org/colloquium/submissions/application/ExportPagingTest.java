package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.application.DefaultEventDirectory;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.Freed;
import org.colloquium.kernel.files.domain.StoredFile;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.submissions.api.PdfEntry;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.testing.TestDatabase;
import org.colloquium.submissions.testing.TestServices;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exports' keyset paging on the real queries (Hibernate on H2 migrated by the project's Flyway
 * scripts, no server): pages of {@link ExportPages#PAGE} rows by number cover every handed-in row
 * of the event exactly once, in order, whatever the count around a page's boundary (none, one short
 * of a page, a page, one more), drafts and other events' rows never, the filter narrows as in the
 * table, and a page leaves nothing in the persistence context. The CSV and ZIP written through the
 * pages hold every row and file once.
 */
class ExportPagingTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final int PAGE = ExportPages.PAGE;

  private static SessionFactory factory;
  private static EntityManager em;
  private static ExportPages pages;
  private static DefaultSubmissionExports exports;
  private static Long administrator;
  private static final Map<String, Long> EVENTS = new HashMap<>();
  private static final Map<String, byte[]> FILES = new HashMap<>();
  private static final AtomicInteger FILE_READS = new AtomicInteger();

  @BeforeAll
  static void boot() {
    TestDatabase database = TestDatabase.h2("export-paging");
    database.migrate(null);
    factory = database.hibernate(Map.of("hibernate.jdbc.batch_size", "50"));
    em = factory.createEntityManager();

    TestServices services = new TestServices(em);
    DefaultEventDirectory eventDirectory = services.events;
    pages = new ExportPages();
    pages.em = em;
    pages.access = eventDirectory;
    pages.files = new MemoryFiles();
    exports = new DefaultSubmissionExports();
    exports.access = eventDirectory;
    exports.pages = pages;

    em.getTransaction().begin();
    Account admin =
        new Account(
            new EmailAddress("admin@colloquium.example"),
            "not-a-hash",
            new Profile("Adriana Ionescu", null, "RO", null, Language.EN),
            NOW);
    admin.makePlatformAdministrator();
    em.persist(admin);
    em.flush();
    administrator = admin.id();
    for (int size : List.of(0, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE + 3)) {
      event("event-" + size, size);
    }
    em.getTransaction().commit();
    em.clear();
  }

  @AfterAll
  static void close() {
    em.close();
    factory.close();
  }

  /**
   * {@code size} submissions numbered 1..size: every 13th stays a draft, every 11th is withdrawn,
   * every 5th has no PDF, the others each a PDF of their own.
   */
  private static void event(String slug, int size) {
    Event event =
        new Event(
            new Slug(slug),
            "Conference " + size,
            new EventSchedule(
                NOW.plusSeconds(86400 * 100),
                NOW.plusSeconds(86400 * 101),
                ZoneId.of("Europe/Bucharest")),
            AttendanceMode.HYBRID,
            NOW);
    em.persist(event);
    em.flush();
    EVENTS.put(slug, event.id());
    Track track = new Track(event.id(), 0, "Track", null);
    em.persist(track);
    PresentationType paper = new PresentationType(event.id(), 0, "Paper", 20);
    em.persist(paper);
    em.flush();
    for (int n = 1; n <= size; n++) {
      Submission s =
          new Submission(
              event.id(),
              n,
              administrator,
              slug + "-" + n,
              new SubmissionContent(
                  "Paper " + n + " of " + slug,
                  "Abstract " + n,
                  List.of("energy"),
                  track.id(),
                  paper.id(),
                  "en",
                  List.of(
                      new SubmissionContent.Author(
                          "Ana Căpățînă",
                          new EmailAddress("ana" + n + "@colloquium.example"),
                          "University",
                          "RO",
                          null,
                          true,
                          false))),
              NOW);
      if (n % 5 != 0) {
        byte[] bytes = ("%PDF-1.4 " + slug + " " + n).getBytes(StandardCharsets.US_ASCII);
        CheckedContent content = new CheckedContent(bytes, "application/pdf");
        em.persist(new StoredFile(content, NOW));
        FILES.put(content.sha256(), bytes);
        s.attachFile(content.sha256(), "paper.pdf", bytes.length, 1, NOW);
      }
      if (n % 13 != 0) {
        s.submit(NOW.plusSeconds(n));
      }
      em.persist(s);
      if (n % 11 == 0 && n % 13 != 0) {
        s.withdraw(NOW.plusSeconds(n + 1));
      }
      if (n % 100 == 0) {
        em.flush();
      }
    }
    em.flush();
  }

  /** The numbers an export of an event of {@code size} lists: all but the drafts. */
  private static List<Integer> handedIn(int size) {
    return IntStream.rangeClosed(1, size).filter(n -> n % 13 != 0).boxed().toList();
  }

  /** Pages through the rows as the exports do, with the size of each page. */
  private static List<Integer> allRows(
      String slug, SubmissionFilter filter, List<Integer> pageSizes) {
    List<Integer> numbers = new ArrayList<>();
    int after = 0;
    List<SubmissionRow> page;
    do {
      page = pages.rows(EVENTS.get(slug), filter, after);
      pageSizes.add(page.size());
      page.forEach(r -> numbers.add(r.number()));
      after = page.isEmpty() ? after : page.get(page.size() - 1).number();
    } while (page.size() == PAGE);
    return numbers;
  }

  @Test
  void pagesCoverEveryHandedInRowExactlyOnceInOrder() {
    for (int size : List.of(0, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE + 3)) {
      List<Integer> sizes = new ArrayList<>();
      List<Integer> numbers = allRows("event-" + size, SubmissionFilter.NONE, sizes);
      assertEquals(handedIn(size), numbers, "event of " + size);
      int expected = handedIn(size).size();
      List<Integer> expectedSizes = new ArrayList<>();
      for (int left = expected; ; left -= PAGE) {
        expectedSizes.add(Math.min(left, PAGE));
        if (left < PAGE) {
          break;
        }
      }
      assertEquals(expectedSizes, sizes, "pages of the event of " + size);
    }
  }

  @Test
  void aPageStartsRightAfterTheGivenNumber() {
    Long event = EVENTS.get("event-" + (2 * PAGE + 3));
    List<SubmissionRow> first = pages.rows(event, SubmissionFilter.NONE, 0);
    int last = first.get(first.size() - 1).number();
    List<SubmissionRow> second = pages.rows(event, SubmissionFilter.NONE, last);
    assertEquals(handedIn(2 * PAGE + 3).get(PAGE), second.get(0).number());
    // A number that is a draft's (13) or no one's: the page goes on from the next handed-in one.
    assertEquals(14, pages.rows(event, SubmissionFilter.NONE, 13).get(0).number());
    assertEquals(List.of(), pages.rows(event, SubmissionFilter.NONE, 2 * PAGE + 3));
    assertEquals(List.of(), pages.rows(EVENTS.get("event-0"), SubmissionFilter.NONE, 0));
    assertEquals(List.of(), pages.pdfs(EVENTS.get("event-0"), SubmissionFilter.NONE, 0));
  }

  @Test
  void theFilterNarrowsThePagesAsInTheTable() {
    SubmissionFilter withdrawn =
        new SubmissionFilter(SubmissionState.WITHDRAWN, null, null, null, null, null);
    List<Integer> numbers = allRows("event-" + (2 * PAGE + 3), withdrawn, new ArrayList<>());
    assertEquals(
        handedIn(2 * PAGE + 3).stream().filter(n -> n % 11 == 0).toList(), numbers, "withdrawn");
    // Every word somewhere in the title, abstract, keywords or authors: "25" in 25, 125, 250…
    SubmissionFilter text = new SubmissionFilter(null, null, null, null, null, "paper 25");
    assertEquals(
        handedIn(2 * PAGE + 3).stream().filter(n -> String.valueOf(n).contains("25")).toList(),
        allRows("event-" + (2 * PAGE + 3), text, new ArrayList<>()),
        "text search");
  }

  @Test
  void pagesOfPdfsListEveryFileOnceAndLeaveNothingInThePersistenceContext() {
    int size = 2 * PAGE + 3;
    Long event = EVENTS.get("event-" + size);
    List<Integer> numbers = new ArrayList<>();
    int after = 0;
    List<PdfEntry> page;
    do {
      page = pages.pdfs(event, SubmissionFilter.NONE, after);
      assertTrue(page.size() <= PAGE);
      page.forEach(p -> numbers.add(p.number()));
      after = page.isEmpty() ? after : page.get(page.size() - 1).number();
    } while (page.size() == PAGE);
    assertEquals(handedIn(size).stream().filter(n -> n % 5 != 0).toList(), numbers);

    pages.rows(event, SubmissionFilter.NONE, 0);
    assertEquals(0, em.unwrap(Session.class).getStatistics().getEntityCount(), "after rows");
    pages.file(FILES.keySet().iterator().next());
    assertEquals(0, em.unwrap(Session.class).getStatistics().getEntityCount(), "after a file");
  }

  @Test
  void csvAndZipWrittenPageByPageHoldEveryRowAndFileOnce() throws IOException {
    int size = 2 * PAGE + 3;
    String slug = "event-" + size;
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    exports.csv(administrator, slug, SubmissionFilter.NONE, csv);
    byte[] bytes = csv.toByteArray();
    List<CSVRecord> records =
        CSVFormat.EXCEL
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))
            .getRecords();
    assertEquals(DefaultSubmissionExports.COLUMNS, records.get(0).toList());
    assertEquals(
        handedIn(size).stream().map(String::valueOf).toList(),
        records.stream().skip(1).map(r -> r.get(0)).toList());

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    FILE_READS.set(0);
    exports.zip(administrator, slug, SubmissionFilter.NONE, zip);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        names.add(entry.getName());
        byte[] content = in.readAllBytes();
        int number = Integer.parseInt(entry.getName().substring(0, 4));
        assertArrayEquals(
            ("%PDF-1.4 " + slug + " " + number).getBytes(StandardCharsets.US_ASCII),
            content,
            entry.getName());
      }
    }
    List<Integer> withFiles = handedIn(size).stream().filter(n -> n % 5 != 0).toList();
    assertEquals(
        withFiles.stream().map(n -> String.format("%04d-paper-%d-of-%s.pdf", n, n, slug)).toList(),
        names);
    assertEquals(withFiles.size(), FILE_READS.get(), "one read per file");
  }

  /** The stored files as the test wrote them; the ZIP needs nothing else of a file store. */
  private static final class MemoryFiles implements FileStore {
    @Override
    public String store(CheckedContent content) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Freed deleteUnreferenced(Instant storedBefore, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<FileContent> read(String sha256) {
      FILE_READS.incrementAndGet();
      return Optional.ofNullable(FILES.get(sha256))
          .map(b -> new FileContent(sha256, b, "application/pdf"));
    }

    @Override
    public Optional<Long> sizeOf(String sha256) {
      return Optional.ofNullable(FILES.get(sha256)).map(b -> (long) b.length);
    }
  }
}
