package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Creating test accounts through the sign-up form, with addresses unique to this run. */
public final class Accounts {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private Accounts() {}

  /** A fresh address nobody has used on this server. */
  public static String freshEmail(String who) {
    return who + "-" + RUN + "-" + COUNTER.incrementAndGet() + "@test.colloquium.example";
  }

  /** Fills and sends the sign-up form; returns the page the visitor lands on. */
  public static Page signUp(WebClient client, String fullName, String email, String password) {
    Page form = client.get("/sign-up");
    return client.submit(
        form,
        "signUp",
        Map.of("fullName", fullName, "email", email, "password", password, "country", "RO"),
        "submit");
  }

  public static void signUpExpectingMail(
      WebClient client, String fullName, String email, String password) {
    Page landed = signUp(client, fullName, email, password);
    assertEquals(
        "/sign-up/check-your-mail", landed.path(), () -> "sign-up failed: " + landed.errors());
  }
}
