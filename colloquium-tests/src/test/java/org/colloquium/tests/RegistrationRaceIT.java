package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.colloquium.tests.support.AtOnce;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.Registrations;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Places are never oversold: 1,000 registrations sent at once for 100 places in person end as
 * exactly 100 confirmed and 900 on the waiting list, in the order the server took them; then 50
 * cancellations at once hand exactly 50 places to the first 50 waiting, none twice. Runs on the
 * suite's database (H2, or PostgreSQL with -Ppostgresql), through the API, on the demo's draft
 * fourth edition (a draft its platform administrator manages), which no other test registers for.
 */
class RegistrationRaceIT extends DeployedApplication {

  /** The cancellations' and offers' mails are delivered, not left to retry through the suite. */
  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String EVENT = "annual-conference-iv";
  private static final int PLACES = 100;
  private static final int PEOPLE = 1000;
  private final ExecutorService pool = Executors.newFixedThreadPool(24);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  private static JsonObject person(int i) {
    return Json.createObjectBuilder()
        .add("email", "racer-" + i + "@race.example")
        .add("fullName", "Racer Nr. " + i + " Țăranu")
        .add("mode", "IN_PERSON")
        .add("mailed", false)
        .build();
  }

  private List<Answer> atOnce(List<Callable<Answer>> requests) throws Exception {
    return AtOnce.run(pool, requests);
  }

  private static List<JsonObject> registrations(String token, String state) {
    Answer list =
        SubmissionsApi.get(
            "/api/v1/events/" + EVENT + "/registrations" + (state == null ? "" : "?state=" + state),
            token);
    assertEquals(200, list.status(), list.body());
    return Json.createReader(new java.io.StringReader(list.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aThousandAtOnceForAHundredPlaces() throws Exception {
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    Registrations.open(administrator, EVENT, PLACES);

    String token = SubmissionsApi.tokenOf(DemoUsers.ADMINISTRATOR);
    List<Callable<Answer>> requests = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      byte[] body = person(i).toString().getBytes(StandardCharsets.UTF_8);
      requests.add(
          () ->
              SubmissionsApi.send(
                  "POST",
                  "/api/v1/events/" + EVENT + "/registrations",
                  token,
                  "application/json",
                  body,
                  null));
    }
    List<Answer> answers = atOnce(requests);
    for (Answer a : answers) {
      assertEquals(201, a.status(), a.body());
    }
    Map<String, Long> answered =
        answers.stream()
            .collect(
                Collectors.groupingBy(a -> a.json().getString("state"), Collectors.counting()));
    assertEquals(Map.of("CONFIRMED", 100L, "WAITLISTED", 900L), answered);

    // What the server kept agrees with what it answered.
    assertEquals(PLACES, registrations(token, "CONFIRMED").size());
    List<JsonObject> waiting = registrations(token, "WAITLISTED");
    assertEquals(PEOPLE - PLACES, waiting.size());
    Page list = administrator.get("/manage/events/" + EVENT + "/registrations");
    assertTrue(list.document().selectFirst("#counts").text().contains("100"), list.text());

    // 50 confirmed people cancel at the same moment: the first 50 waiting get the places.
    List<JsonObject> confirmed = registrations(token, "CONFIRMED");
    List<Callable<Answer>> cancels = new ArrayList<>();
    for (JsonObject c : confirmed.subList(0, 50)) {
      long id = c.getJsonNumber("id").longValue();
      cancels.add(
          () ->
              SubmissionsApi.post(
                  "/api/v1/events/" + EVENT + "/registrations/" + id + "/cancel", token));
    }
    for (Answer a : atOnce(cancels)) {
      assertEquals(204, a.status(), a.body());
    }
    List<JsonObject> offered = registrations(token, "OFFERED");
    assertEquals(50, offered.size());
    assertEquals(
        waiting.subList(0, 50).stream()
            .map(o -> o.getJsonNumber("id").longValue())
            .sorted()
            .toList(),
        offered.stream().map(o -> o.getJsonNumber("id").longValue()).sorted().toList(),
        "the first fifty waiting, no one else");
    assertEquals(50, registrations(token, "CONFIRMED").size());
    assertEquals(850, registrations(token, "WAITLISTED").size());
    assertEquals(50, registrations(token, "CANCELLED").size());
  }
}
