package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline is checked when a change is written, with the server's clock and the grace period:
 * the test moves the clock to either side of the end of the annual conference's grace period (the
 * published deadline plus 15 minutes in the demo data).
 */
class SubmissionDeadlineIT extends ClockControlledApplication {

  private static final String EVENT = "annual-conference-iii";
  private static final Duration GRACE = Duration.ofMinutes(15);

  private String token;
  private Instant acceptsUntil;

  @BeforeEach
  void readTheDeadline() {
    token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    JsonObject call =
        SubmissionsApi.get("/api/v1/events/" + EVENT, null).json().getJsonObject("callForPapers");
    acceptsUntil = OffsetDateTime.parse(call.getString("abstractDeadline")).toInstant().plus(GRACE);
  }

  private JsonObject draft(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("abstract", "Written just before the deadline. ".repeat(3))
        .add("keywords", Json.createArrayBuilder().add("deadline").add("grace").add("time zones"))
        .add("language", "ro")
        .add(
            "authors",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Mihai Sârbu")
                        .add("email", DemoUsers.AUTHOR.email())
                        .add("affiliation", "Universitatea din Craiova")
                        .add("country", "RO")
                        .add("presenting", true)))
        .build();
  }

  private long createNow(String title) {
    Answer created = SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), draft(title));
    SubmissionsApi.assertStatus(201, created);
    return created.json().getJsonNumber("id").longValue();
  }

  private static void assertDeadlinePassed(Answer answer) {
    SubmissionsApi.assertStatus(409, answer);
    assertEquals("deadline-passed", answer.json().getString("reason"), answer::body);
  }

  @Test
  void aDraftCanBeHandedInDuringTheGracePeriod() {
    long id = createNow("Handed in during the grace period");
    setServerClock(acceptsUntil.minusSeconds(60));

    Answer submitted = SubmissionsApi.post("/api/v1/submissions/" + id + "/submit", token);

    SubmissionsApi.assertStatus(200, submitted);
    assertEquals("submitted", submitted.json().getString("state"), submitted::body);
  }

  @Test
  void afterTheGracePeriodEveryChangeIsRefusedAndTheSubmissionStaysReadable() {
    long id = createNow("Too late to hand in");
    setServerClock(acceptsUntil.plusSeconds(1));

    assertDeadlinePassed(SubmissionsApi.post("/api/v1/submissions/" + id + "/submit", token));
    assertDeadlinePassed(SubmissionsApi.post("/api/v1/submissions/" + id + "/withdraw", token));
    assertDeadlinePassed(
        SubmissionsApi.putFile(EVENT, token, id, SubmissionsApi.pdf("Late paper", d -> {}), ""));
    assertDeadlinePassed(
        SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), draft("A new one, too late")));

    Answer read = SubmissionsApi.get("/api/v1/submissions/" + id, token);
    SubmissionsApi.assertStatus(200, read);
    assertEquals("draft", read.json().getString("state"), read::body);
  }
}
