package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The deadline is decided by the server's clock, grace period included: the test moves that clock
 * to either side of the moment the annual conference's call stops accepting abstracts (its
 * published deadline plus 15 minutes of grace, in the demo data).
 */
class CallDeadlineIT extends ClockControlledApplication {

  private static final String EVENT = "annual-conference-iii";
  private static final Duration GRACE = Duration.ofMinutes(15);

  private final WebClient visitor = new WebClient();

  private JsonObject call() {
    Page page = visitor.get("/api/v1/events/" + EVENT);
    assertEquals(200, page.status());
    return Json.createReader(new StringReader(page.body()))
        .readObject()
        .getJsonObject("callForPapers");
  }

  private Instant deadline() {
    return OffsetDateTime.parse(call().getString("abstractDeadline")).toInstant();
  }

  @Test
  void theClockControlMovesTheServersTime() {
    Instant target = Instant.parse("2031-01-01T00:00:00Z");
    Instant now = setServerClock(target);
    assertTrue(Duration.between(target, now).abs().toSeconds() < 5, () -> "server says " + now);
  }

  @Test
  void theCallStaysOpenDuringTheGracePeriod() {
    Instant deadline = deadline();
    setServerClock(deadline.plus(GRACE).minusSeconds(60));

    assertTrue(call().getBoolean("open"), "one minute before the grace period ends");
    Page cfp = visitor.get("/events/" + EVENT + "/cfp");
    assertFalse(
        cfp.text().contains("This call for papers is closed"), () -> "cfp page: " + cfp.text());
  }

  @Test
  void theCallClosesWhenTheGracePeriodEnds() {
    Instant deadline = deadline();
    setServerClock(deadline.plus(GRACE).plusSeconds(1));

    assertFalse(call().getBoolean("open"), "a second after the grace period");
    Page cfp = visitor.get("/events/" + EVENT + "/cfp");
    assertTrue(
        cfp.text().contains("This call for papers is closed"), () -> "cfp page: " + cfp.text());
  }
}
