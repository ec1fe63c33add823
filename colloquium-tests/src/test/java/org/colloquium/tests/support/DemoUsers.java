package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/** The demo accounts of README.md, and signing in as one of them. */
public enum DemoUsers {
  ADMINISTRATOR("admin@colloquium.example"),
  ORGANISER("organiser@colloquium.example"),
  REVIEWER("reviewer@colloquium.example"),
  AUTHOR("author@colloquium.example"),
  ATTENDEE("attendee@colloquium.example");

  public static final String PASSWORD = "Colloquium-Demo-2026";

  private final String email;

  DemoUsers(String email) {
    this.email = email;
  }

  public String email() {
    return email;
  }

  /** A new client signed in as this user. */
  public WebClient signedIn() {
    WebClient client = new WebClient();
    signIn(client, email, PASSWORD);
    return client;
  }

  public static Page signIn(WebClient client, String email, String password) {
    Page form = client.get("/sign-in");
    Page landed =
        client.submit(form, "signIn", Map.of("email", email, "password", password), "submit");
    assertEquals("/my", landed.path(), () -> "sign-in of " + email + " failed: " + landed.errors());
    return landed;
  }
}
