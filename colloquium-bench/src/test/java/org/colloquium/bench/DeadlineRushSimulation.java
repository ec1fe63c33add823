package org.colloquium.bench;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline rush of issue 4: authors arriving over a minute or two, each reading the call,
 * creating a draft through the JSON API, uploading a PDF of about 1 MB, handing it in and reading
 * it back; meanwhile anonymous visitors browse the home, event and call pages at a steady rate.
 *
 * <p>Bounded on purpose: at most {@value #MAX_AUTHORS} authors, at most {@value #MAX_MINUTES}
 * minutes, and loopback only. Parameters are system properties ({@code -Dbench.…}); the tokens come
 * from a CSV the script writes after seeding the accounts ({@code n,email,name,token}). What was
 * accepted is written to {@code bench.out} for the script's checks against the database.
 */
public class DeadlineRushSimulation extends Simulation {

  static final int MAX_AUTHORS = 200;

  /** The bound when a script asks for more ({@code bench.maxAuthors}: the fault benchmark). */
  static final int MAX_AUTHORS_ASKED = 2_000;

  static final int MAX_MINUTES = 5;

  private static final Pattern SUBMISSION_ID = Pattern.compile("/api/v1/submissions/(\\d+)$");
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  private final String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8680");
  private final String slug = System.getProperty("bench.slug", "annual-conference-iii");
  private final Path tokens =
      Path.of(System.getProperty("bench.tokens", "target/bench/tokens.csv"));
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));
  private final int authors =
      Math.min(
          Math.min(MAX_AUTHORS_ASKED, Integer.getInteger("bench.maxAuthors", MAX_AUTHORS)),
          Integer.getInteger("bench.authors", 200));
  private final int rampSeconds = Integer.getInteger("bench.rampSeconds", 90);
  private final double visitorsPerSecond =
      Double.parseDouble(System.getProperty("bench.visitorsPerSecond", "2"));
  private final int thinkSeconds = Integer.getInteger("bench.thinkSeconds", 1);
  private final Long trackId = Long.getLong("bench.trackId");
  private final Long typeId = Long.getLong("bench.typeId");
  private final BenchPdf pdf = BenchPdf.ofAbout(Integer.getInteger("bench.pdfBytes", 1_048_576));

  // Attackers during the rush (issue 10), none by default: see Attackers.
  private Attackers attackers;
  private final int bombers = Integer.getInteger("bench.bombers", 0);
  private final Path bombTokens =
      Path.of(System.getProperty("bench.bombTokens", "target/bench/bomb-tokens.csv"));
  private final int imageBombers = Integer.getInteger("bench.imageBombers", 0);
  private final String organiserEmail =
      System.getProperty("bench.organiserEmail", "organiser@colloquium.example");
  private final String organiserPassword =
      System.getProperty("bench.organiserPassword", "Colloquium-Demo-2026");
  private final int crowd = Integer.getInteger("bench.crowd", 0);

  // The fault benchmark (run-cluster-faults.sh): an author whose request failed sends it again
  // (Retries); a replayed create answers 200 with the same submission (its Idempotency-Key).
  private final Retries retries = new Retries();
  private final AtomicInteger gaveUp = new AtomicInteger();

  // What the server accepted, for the checks against the database.
  private final ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger uploaded = new AtomicInteger();
  private final AtomicLong firstCreateAt = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastSubmittedAt = new AtomicLong();

  /** Session key of the last honest request's response time. */
  private static final String RT = "responseTime";

  /**
   * Response times of every honest request (call page, create, upload, submit, read back), for
   * their percentiles together: Gatling reports them per request name and its group time is their
   * sum per author.
   */
  private final ConcurrentLinkedQueue<Integer> honestTimes = new ConcurrentLinkedQueue<>();

  {
    requireLoopback(baseUrl);
    if (rampSeconds < 1 || rampSeconds > 240) {
      throw new IllegalArgumentException("bench.rampSeconds must be 1..240");
    }

    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl)
            // Gatling's warm-up calls an outside address; everything here stays on loopback.
            .disableWarmUp()
            .acceptLanguageHeader("en")
            .userAgentHeader("colloquium-bench (Gatling)");

    String api = "/api/v1";
    String bearer = "Bearer #{token}";

    ChainBuilder submitOnePaper =
        exec(retries.around(
                exec(
                    http("call page (author)")
                        .get("/events/" + slug + "/cfp")
                        .check(status().is(200), responseTimeInMillis().saveAs(RT)))))
            .exec(this::timed)
            .pause(Duration.ofSeconds(thinkSeconds))
            .exec(
                session -> {
                  firstCreateAt.accumulateAndGet(System.currentTimeMillis(), Math::min);
                  return session;
                })
            .exec(
                retries.around(
                    exec(
                        http("create")
                            .post(api + "/events/" + slug + "/submissions")
                            .header("Authorization", bearer)
                            .header("Idempotency-Key", "rush-#{n}")
                            .body(StringBody(this::submissionJson))
                            .asJson()
                            .check(
                                !retries.enabled() ? status().is(201) : status().in(200, 201),
                                header("Location")
                                    .transform(DeadlineRushSimulation::idOf)
                                    .saveAs("id"),
                                responseTimeInMillis().saveAs(RT)))))
            .exec(this::countGivingUp)
            .exitHereIfFailed()
            .exec(this::timed)
            .exec(
                session -> {
                  created.incrementAndGet();
                  return session;
                })
            .exec(
                retries.around(
                    exec(
                        http("upload pdf")
                            .put(api + "/events/" + slug + "/submissions/#{id}/file")
                            .header("Authorization", bearer)
                            .header("Content-Type", "application/pdf")
                            .body(ByteArrayBody(session -> pdf.forAuthor(session.getInt("n"))))
                            .check(status().is(200), responseTimeInMillis().saveAs(RT)))))
            .exec(this::countGivingUp)
            .exitHereIfFailed()
            .exec(this::timed)
            .exec(
                session -> {
                  uploaded.incrementAndGet();
                  return session;
                })
            .exec(
                retries.around(
                    exec(
                        http("submit")
                            .post(api + "/submissions/#{id}/submit")
                            .header("Authorization", bearer)
                            .check(status().is(200), responseTimeInMillis().saveAs(RT)))))
            .exec(this::countGivingUp)
            .exitHereIfFailed()
            .exec(this::timed)
            .exec(
                session -> {
                  accepted.add(session.getLong("id"));
                  lastSubmittedAt.accumulateAndGet(System.currentTimeMillis(), Math::max);
                  return session;
                })
            .exec(
                retries.around(
                    exec(
                        http("read back")
                            .get(api + "/submissions/#{id}")
                            .header("Authorization", bearer)
                            .check(
                                status().is(200),
                                jsonPath("$.state").is("submitted"),
                                responseTimeInMillis().saveAs(RT)))))
            .exec(this::timed);

    ScenarioBuilder author =
        scenario("Authors")
            .feed(listFeeder(readTokens(tokens, authors)).queue())
            .exec(group("honest").on(submitOnePaper));

    ScenarioBuilder visitor =
        scenario("Visitors")
            .exec(http("home").get("/").check(status().is(200)))
            .pause(Duration.ofSeconds(1))
            .exec(http("event page").get("/events/" + slug).check(status().is(200)))
            .pause(Duration.ofSeconds(1))
            .exec(
                http("call page (visitor)")
                    .get("/events/" + slug + "/cfp")
                    .check(status().is(200)));

    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(author.injectOpen(rampUsers(authors).during(Duration.ofSeconds(rampSeconds))));
    populations.add(
        visitor.injectOpen(
            constantUsersPerSec(visitorsPerSecond).during(Duration.ofSeconds(rampSeconds + 30))));
    attackers =
        new Attackers(
            baseUrl, api, slug, Duration.ofSeconds(rampSeconds + 30), this::submissionJson);
    if (bombers > 0) {
      populations.add(
          attackers
              .pdfBombers(readTokens(bombTokens, bombers))
              .injectOpen(rampUsers(bombers).during(Duration.ofSeconds(5))));
    }
    if (imageBombers > 0) {
      populations.add(
          attackers
              .imageBombers(organiserEmail, organiserPassword)
              .injectOpen(rampUsers(imageBombers).during(Duration.ofSeconds(5))));
    }
    if (crowd > 0) {
      populations.add(attackers.crowd().injectOpen(rampUsers(crowd).during(Duration.ofSeconds(5))));
    }
    setUp(populations)
        .protocols(protocol)
        .maxDuration(Duration.ofMinutes(MAX_MINUTES))
        .assertions(
            global().failedRequests().count().is(0L),
            details("honest", "create").responseTime().percentile(95.0).lt(1000),
            details("honest", "upload pdf").responseTime().percentile(95.0).lt(1000),
            details("honest", "submit").responseTime().percentile(95.0).lt(1000));
  }

  private Session countGivingUp(Session session) {
    if (session.isFailed()) {
      gaveUp.incrementAndGet();
    }
    return session;
  }

  private Session timed(Session session) {
    honestTimes.add(session.getInt(RT));
    return session;
  }

  /** The nearest-rank percentile, or 0 for none. */
  static int percentile(java.util.Collection<Integer> times, double p) {
    if (times.isEmpty()) {
      return 0;
    }
    int[] sorted = times.stream().mapToInt(Integer::intValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  @Override
  public void after() {
    try {
      Files.createDirectories(out);
      List<String> ids = accepted.stream().map(String::valueOf).toList();
      Files.write(out.resolve("accepted-ids.txt"), ids, StandardCharsets.UTF_8);
      double seconds = ids.isEmpty() ? 0 : (lastSubmittedAt.get() - firstCreateAt.get()) / 1000.0;
      String counts =
          String.join(
              "\n",
              "authors=" + authors,
              "rampSeconds=" + rampSeconds,
              "created=" + created.get(),
              "uploaded=" + uploaded.get(),
              "submitted=" + ids.size(),
              "pdfBytes=" + pdf.size(),
              "firstCreateAtMillis=" + firstCreateAt.get(),
              "lastSubmittedAtMillis=" + lastSubmittedAt.get(),
              "submitWindowSeconds=" + String.format("%.1f", seconds),
              "submissionsPerSecond="
                  + (ids.isEmpty() || seconds <= 0
                      ? "0"
                      : String.format("%.2f", ids.size() / seconds)),
              "honestRequests=" + honestTimes.size(),
              "honestP50Millis=" + percentile(honestTimes, 50),
              "honestP95Millis=" + percentile(honestTimes, 95),
              "honestP99Millis=" + percentile(honestTimes, 99),
              "retries=" + retries.max(),
              "triesAgain=" + retries.retried(),
              "gaveUp=" + gaveUp.get(),
              "");
      Files.writeString(out.resolve("counts.properties"), counts, StandardCharsets.UTF_8);
      StringBuilder attack = new StringBuilder();
      attackers
          .answers()
          .forEach((status, n) -> attack.append(status).append('=').append(n).append('\n'));
      Files.writeString(out.resolve("attack.properties"), attack, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The submitter first and presenting, then one or two co-authors (two for two authors in three)
   * with Romanian diacritics and Cyrillic in names and affiliations; a draft, handed in later.
   */
  private String submissionJson(Session session) {
    int n = session.getInt("n");
    String[][] coAuthors = {
      {"Ștefan Țurcanu", "Universitatea din București", "RO"},
      {"Олена Коваленко", "Київський національний університет імені Тараса Шевченка", "UA"},
      {"Ioana Mărgărit-Jâmbu", "Academia Română", "RO"},
      {"Дмитро Шевчук", "Université libre de Bruxelles", "BE"},
    };
    List<String> people = new ArrayList<>();
    people.add(
        author(
            session.getString("name"),
            session.getString("email"),
            "Centrul Român de Studii Ruse",
            "RO",
            true));
    int count = n % 3 == 0 ? 1 : 2;
    for (int i = 0; i < count; i++) {
      String[] c = coAuthors[(n + i) % coAuthors.length];
      people.add(author(c[0], "coauthor" + i + ".rush" + n + "@bench.example", c[1], c[2], false));
    }
    return "{"
        + "\"title\":"
        + quote("Securitatea energetică după 2022: studiul " + n + " — Енергетична безпека")
        + ",\"abstract\":"
        + quote(ABSTRACT)
        + ",\"keywords\":[\"energy security\",\"Ucraina\",\"енергетика\",\"LNG\"]"
        + ",\"trackId\":"
        + (trackId == null ? "null" : trackId)
        + ",\"presentationTypeId\":"
        + (typeId == null ? "null" : typeId)
        + ",\"language\":\"en\""
        + ",\"authors\":["
        + String.join(",", people)
        + "],\"submit\":false}";
  }

  private static String author(
      String name, String email, String affiliation, String country, boolean presenting) {
    return "{\"name\":"
        + quote(name)
        + ",\"email\":"
        + quote(email)
        + ",\"affiliation\":"
        + quote(affiliation)
        + ",\"country\":"
        + quote(country)
        + ",\"presenting\":"
        + presenting
        + ",\"mayEdit\":false}";
  }

  private static final String ABSTRACT =
      """
      Since February 2022 the states of Central and Eastern Europe have rebuilt their gas supply \
      around new terminals and interconnectors. This paper compares the measures taken in Romania, \
      the Republic of Moldova, Ukraine, Poland, Slovakia and Hungary: storage obligations, joint \
      purchasing, demand reduction and emergency solidarity. We ask which of them changed the \
      structure of the market and which were answers to a winter. We use public data on flows, \
      prices and storage levels from 2021 to 2025 and interviews with regulators. Moldova's \
      decoupling from a single supplier and Romania's offshore production weigh most; the \
      paper closes with what a second crisis would test first. Știm că securitatea nu e un dat.
      """;

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static Long idOf(String location) {
    Matcher m = SUBMISSION_ID.matcher(location == null ? "" : location);
    if (!m.find()) {
      throw new IllegalStateException("unexpected Location: " + location);
    }
    return Long.valueOf(m.group(1));
  }

  private static List<Map<String, Object>> readTokens(Path tokens, int authors) {
    try {
      List<Map<String, Object>> records = new ArrayList<>();
      for (String line : Files.readAllLines(tokens, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", 4);
        records.add(
            Map.of("n", Integer.parseInt(f[0]), "email", f[1], "name", f[2], "token", f[3]));
        if (records.size() == authors) {
          break;
        }
      }
      if (records.size() < authors) {
        throw new IllegalStateException(
            tokens + " has " + records.size() + " tokens for " + authors + " authors");
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void requireLoopback(String url) {
    String host = URI.create(url).getHost();
    if (host == null || !LOOPBACK.contains(host)) {
      throw new IllegalArgumentException("load tests run against loopback only, not " + url);
    }
  }
}
