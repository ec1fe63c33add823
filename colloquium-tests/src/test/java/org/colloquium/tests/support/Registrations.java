package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** Opening an event's registration the way its organisers do, on the settings page. */
public final class Registrations {

  private Registrations() {}

  /**
   * Opens registration from 2026 to 2099 with {@code placesInPerson} places in person, online
   * without limit, no moderation. Offers last 30 days: a test that moves the server's clock two
   * days on (RegistrationIT) must not expire them and mail people in the future.
   */
  public static Page open(WebClient organiser, String slug, int placesInPerson) {
    Page saved =
        organiser.submit(
            organiser.get("/manage/events/" + slug + "/registration"),
            "setup",
            Map.of(
                "opensAt", "2026-01-01T09:00",
                "closesAt", "2099-01-01T09:00",
                "inPerson", "on",
                "inPersonCapacity", Integer.toString(placesInPerson),
                "online", "on",
                "onlineCapacity", "",
                "moderation", "NONE",
                "offerHours", "720"),
            "save");
    assertTrue(saved.infos().contains("The registration settings are saved."), saved.text());
    return saved;
  }
}
