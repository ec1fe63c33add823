package org.colloquium.programme.domain.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;

/**
 * Times the book of abstracts (and the programme PDF) on the shared generator's input: not a test.
 * Each is rendered once to warm up, then {@code runs} times; the median is printed.
 *
 * <pre>
 * java -cp ... org.colloquium.programme.domain.pdf.BookOfAbstractsBenchmark boa-5000.json \
 *     [--runs 3] [--out DIR] [--programme boa-2000.json] [--part-size 400]
 * </pre>
 */
public final class BookOfAbstractsBenchmark {

  /** The generator's tracks, in its order (gen_boa.py TRACKS). */
  static final List<String> TRACK_NAMES =
      List.of(
          "Nuclear and Particle Physics",
          "Condensed Matter and Materials",
          "Atomic, Molecular and Optical Physics",
          "Astrophysics and Cosmology",
          "Computing, Data and Software",
          "Detectors and Instrumentation",
          "Accelerator Science and Technology",
          "Education, Outreach and Diversity");

  private static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  private static final int ROOMS = 6;
  private static final int TALKS_PER_SESSION = 4;
  private static final int SLOTS_PER_DAY = 5;

  private BookOfAbstractsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path book = null;
    Path programmeInput = null;
    Path out = Path.of(".");
    int runs = 3;
    int partSize = BookOfAbstracts.DEFAULT_PART_SIZE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--programme" -> programmeInput = Path.of(args[++i]);
        case "--part-size" -> partSize = Integer.parseInt(args[++i]);
        default -> book = Path.of(args[i]);
      }
    }
    Files.createDirectories(out);
    if (book != null) {
      PublishedProgramme programme = read(book);
      int n = programme.contributions().size();
      BookOfAbstracts renderer = new BookOfAbstracts(LogoSource.NONE, null, partSize);
      measure(
          "book of abstracts, " + n + " abstracts (parts of at most " + partSize + ")",
          runs,
          () -> renderer.render(programme, Language.EN, BookOfAbstracts.Grouping.TRACKS),
          out.resolve("book-of-abstracts-" + n + ".pdf"));
    }
    if (programmeInput != null) {
      PublishedProgramme programme = read(programmeInput);
      int n = programme.contributions().size();
      measure(
          "programme PDF, " + n + " contributions",
          runs,
          () -> ProgrammePdf.render(programme, Language.EN),
          out.resolve("programme-" + n + ".pdf"));
    }
  }

  private interface Render {
    byte[] run() throws Exception;
  }

  private static void measure(String what, int runs, Render render, Path file) throws Exception {
    long t0 = System.nanoTime();
    byte[] pdf = render.run();
    double warmUp = (System.nanoTime() - t0) / 1e9;
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      pdf = render.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Files.write(file, pdf);
    int pages;
    try (var document = BookOfAbstracts.load(pdf)) {
      pages = document.getNumberOfPages();
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.2f s (cold %.2f s, runs %s), %d pages, %.1f MB, %s%n",
        what,
        sorted[sorted.length / 2],
        warmUp,
        Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()),
        pages,
        pdf.length / 1e6,
        file);
  }

  /**
   * The generator's abstracts as a published programme: sessions of four talks in six parallel
   * rooms, five slots a day, each abstract keeping its track, authors and affiliations.
   */
  @SuppressWarnings("unchecked")
  static PublishedProgramme read(Path json) throws Exception {
    List<Object> abstracts =
        (List<Object>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
    List<ProgrammeTrack> tracks = new ArrayList<>();
    for (int t = 0; t < TRACK_NAMES.size(); t++) {
      tracks.add(new ProgrammeTrack((long) t + 1, TRACK_NAMES.get(t)));
    }
    List<ProgrammeRoom> rooms = new ArrayList<>();
    for (int r = 1; r <= ROOMS; r++) {
      rooms.add(new ProgrammeRoom((long) r, "Room " + r, 80, RoomMode.IN_PERSON));
    }
    Instant first = java.time.LocalDate.of(2026, 9, 7).atTime(9, 0).atZone(ZONE).toInstant();
    List<ProgrammeSession> sessions = new ArrayList<>();
    List<ProgrammeContribution> current = new ArrayList<>();
    int sessionIndex = 0;
    for (int i = 0; i < abstracts.size(); i++) {
      Map<String, Object> a = (Map<String, Object>) abstracts.get(i);
      Instant sessionStart = sessionStart(first, sessionIndex);
      List<String> affiliations = (List<String>) (List<?>) a.get("affiliations");
      List<ProgrammeAuthor> authors = new ArrayList<>();
      boolean firstAuthor = true;
      for (Object o : (List<Object>) a.get("authors")) {
        Map<String, Object> author = (Map<String, Object>) o;
        String name = (String) author.get("name");
        int aff = ((Number) author.get("aff")).intValue();
        authors.add(
            new ProgrammeAuthor(
                name,
                name.substring(name.lastIndexOf(' ') + 1),
                aff >= 1 && aff <= affiliations.size() ? affiliations.get(aff - 1) : null,
                null,
                firstAuthor));
        firstAuthor = false;
      }
      List<String> body = (List<String>) (List<?>) a.get("body");
      Instant start = sessionStart.plusSeconds(20L * 60 * current.size());
      current.add(
          new ProgrammeContribution(
              ((Number) a.get("id")).longValue(),
              (long) sessionIndex + 1,
              ((Number) a.get("id")).intValue(),
              (String) a.get("title"),
              String.join("\n\n", body),
              (List<String>) (List<?>) a.get("keywords"),
              "en",
              ((Number) a.get("track")).longValue() + 1,
              "Paper",
              false,
              null,
              start,
              start.plusSeconds(20 * 60),
              authors));
      if (current.size() == TALKS_PER_SESSION || i == abstracts.size() - 1) {
        sessions.add(
            new ProgrammeSession(
                (long) sessionIndex + 1,
                SessionKind.SESSION,
                "Session " + (sessionIndex + 1),
                null,
                null,
                (long) (sessionIndex % ROOMS) + 1,
                sessionStart,
                sessionStart.plusSeconds(90 * 60),
                null,
                "en",
                List.of("Chair " + (sessionIndex + 1)),
                current));
        current = new ArrayList<>();
        sessionIndex++;
      }
    }
    Instant last = sessions.get(sessions.size() - 1).end();
    PublishedProgramme.EventFacts event =
        new PublishedProgramme.EventFacts(
            1L,
            "cnf-2026",
            "Conferința Națională de Fizică 2026",
            null,
            first,
            last,
            ZONE,
            "Universitatea din București",
            null,
            Language.RO,
            "Societatea Română de Fizică",
            List.of());
    return new PublishedProgramme(event, 1, first, "", rooms, tracks, sessions);
  }

  private static Instant sessionStart(Instant first, int sessionIndex) {
    int slot = sessionIndex / ROOMS;
    int day = slot / SLOTS_PER_DAY;
    int inDay = slot % SLOTS_PER_DAY;
    return first.plusSeconds(86400L * day + 2L * 3600 * inDay);
  }
}
