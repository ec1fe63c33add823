package org.colloquium.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A registration rush (issue 14): attendees arriving at a steady rate, each registering once
 * through the JSON API with their own token, for an event whose places in person run out during the
 * rush, so that the last places are fought over and everyone after them joins the waiting list.
 *
 * <p>Bounded: at most {@value #MAX_PEOPLE} registrations and {@value #MAX_MINUTES} minutes,
 * loopback only. Parameters are system properties ({@code -Dbench.…}); the tokens come from the CSV
 * the script writes ({@code n,email,name,token}). The states answered are counted into {@code
 * counts.properties} under {@code bench.out} for the script's checks against the database.
 */
public class RegistrationRushSimulation extends Simulation {

  static final int MAX_PEOPLE = 20_000;
  static final int MAX_MINUTES = 5;

  private final String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8680");
  private final String slug = System.getProperty("bench.slug", "annual-conference-iii");
  private final Path tokens =
      Path.of(System.getProperty("bench.tokens", "target/bench/tokens.csv"));
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));
  private final double rate = Double.parseDouble(System.getProperty("bench.rate", "60"));
  private final int seconds = Integer.getInteger("bench.seconds", 60);
  private final String mode = System.getProperty("bench.mode", "IN_PERSON");

  // The registration race of the fault benchmark (run-cluster-faults.sh): bench.people attendees
  // at once (bench.rampSeconds=0) or within a few seconds, instead of bench.rate a second; and, as
  // in the deadline rush, a person whose request failed sends it again (Retries). A retry whose
  // first try was stored after all is answered 409 (registered already): counted as state
  // ALREADY_REGISTERED, the database says which state.
  private final int people = Integer.getInteger("bench.people", 0);
  private final int rampSeconds = Integer.getInteger("bench.rampSeconds", 0);
  private final Retries retries = new Retries();

  private final ConcurrentLinkedQueue<Integer> times = new ConcurrentLinkedQueue<>();
  private final ConcurrentHashMap<String, LongAdder> states = new ConcurrentHashMap<>();
  private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong last = new AtomicLong();

  {
    DeadlineRushSimulation.requireLoopback(baseUrl);
    if (rate * seconds > MAX_PEOPLE
        || seconds > MAX_MINUTES * 60
        || people > MAX_PEOPLE
        || rampSeconds > MAX_MINUTES * 60) {
      throw new IllegalArgumentException("at most " + MAX_PEOPLE + " people and 5 minutes");
    }
    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl)
            .disableWarmUp()
            .acceptLanguageHeader("en")
            .userAgentHeader("colloquium-bench (Gatling)");
    ScenarioBuilder attendee =
        scenario("attendee")
            .feed(csv(tokens.toString()).queue())
            .exec(
                session -> {
                  first.accumulateAndGet(System.currentTimeMillis(), Math::min);
                  return session;
                })
            .exec(!retries.enabled() ? register(false) : retries.around(register(true)))
            .exitHereIfFailed()
            .exec(this::answered);
    OpenInjectionStep arrivals =
        people == 0
            ? constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))
            : rampSeconds == 0
                ? atOnceUsers(people)
                : rampUsers(people).during(Duration.ofSeconds(rampSeconds));
    setUp(attendee.injectOpen(arrivals))
        .protocols(protocol)
        .maxDuration(Duration.ofMinutes(MAX_MINUTES))
        .assertions(
            global().failedRequests().count().is(0L),
            global().responseTime().percentile(95.0).lt(500));
  }

  private ChainBuilder register(boolean retrying) {
    return exec(
        http("register")
            .post("/api/v1/events/" + slug + "/registrations")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"mode\":\"" + mode + "\",\"listed\":true}"))
            .asJson()
            .check(
                retrying
                    ? status().in(s -> s.getInt("try") == 0 ? List.of(201) : List.of(201, 409))
                    : status().is(201),
                retrying
                    ? jsonPath("$.state").optional().saveAs("state")
                    : jsonPath("$.state").saveAs("state"),
                responseTimeInMillis().saveAs("rt")));
  }

  private Session answered(Session session) {
    times.add(session.getInt("rt"));
    String state = session.contains("state") ? session.getString("state") : "ALREADY_REGISTERED";
    states.computeIfAbsent(state, s -> new LongAdder()).increment();
    last.accumulateAndGet(System.currentTimeMillis(), Math::max);
    return session;
  }

  @Override
  public void after() {
    long registered = times.size();
    double window = registered == 0 ? 0 : (last.get() - first.get()) / 1000.0;
    StringBuilder counts = new StringBuilder();
    counts.append("rate=").append(rate).append('\n');
    counts.append("people=").append(people).append('\n');
    counts.append("triesAgain=").append(retries.retried()).append('\n');
    counts.append("seconds=").append(seconds).append('\n');
    counts.append("registered=").append(registered).append('\n');
    states.forEach(
        (state, n) -> counts.append("state.").append(state).append('=').append(n).append('\n'));
    counts.append("windowSeconds=").append(String.format("%.1f", window)).append('\n');
    counts
        .append("registrationsPerSecond=")
        .append(window <= 0 ? "0" : String.format("%.2f", registered / window))
        .append('\n');
    counts.append("p50Millis=").append(DeadlineRushSimulation.percentile(times, 50)).append('\n');
    counts.append("p95Millis=").append(DeadlineRushSimulation.percentile(times, 95)).append('\n');
    counts.append("p99Millis=").append(DeadlineRushSimulation.percentile(times, 99)).append('\n');
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("counts.properties"), counts, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
