package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.colloquium.tests.clock.ClockControlledApplication;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A token with a lifetime stops working when it ends, exactly like a revoked one. */
class ApiTokenExpiryIT extends ClockControlledApplication {

  @Test
  void aThirtyDayTokenAnswers401OnTheThirtyFirstDayAndIsListedAsExpired() throws Exception {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String name = ApiTokenIT.unique("monthly");
    String secret =
        ApiTokenIT.secretOn(
            ApiTokenIT.create(author, name, DemoUsers.PASSWORD, "READ_ONLY", "DAYS_30"));
    assertEquals(200, ApiTokenIT.get("/api/v1/events", "Bearer " + secret).statusCode());

    Instant now = serverClock();
    setServerClock(now.plus(Duration.ofDays(29)));
    assertEquals(
        200,
        ApiTokenIT.get("/api/v1/events", "Bearer " + secret).statusCode(),
        "still valid on the 29th day");

    setServerClock(now.plus(Duration.ofDays(31)));
    var expired = ApiTokenIT.get("/api/v1/events", "Bearer " + secret);
    assertEquals(401, expired.statusCode(), expired.body());
    assertTrue(
        expired.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    Element row =
        author.get("/my/profile").document().select("#apiTokenList tr.api-token").stream()
            .filter(tr -> tr.selectFirst(".api-token-name").text().equals(name))
            .findFirst()
            .orElseThrow();
    assertTrue(row.selectFirst(".api-token-expires").text().contains("expired"), row::text);
    author.submit(
        ApiTokenIT.askToRevoke(author, name), "revokeApiToken", java.util.Map.of(), "confirm");
  }
}
