package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The mail server is down while mails are queued: nothing is lost, the outbox shows the waiting
 * mails with their error, and when the server is back every mail arrives exactly once. (The test
 * server retries after 1 s, doubling, instead of 60 s.)
 */
class OutboxOutageIT extends DeployedApplication {

  private static final int MAILS = 3;

  @Test
  void mailsQueuedDuringAnOutageArriveExactlyOnceAfterIt() {
    List<String> recipients = new ArrayList<>();
    WebClient visitor = new WebClient();
    for (int i = 0; i < MAILS; i++) {
      String email = Accounts.freshEmail("outage");
      recipients.add(email);
      Accounts.signUpExpectingMail(visitor, "Outage Tester " + i, email, "outage password " + i);
    }

    WebClient admin = DemoUsers.ADMINISTRATOR.signedIn();
    for (String email : recipients) {
      Element row = awaitOutboxRow(admin, email, "Waiting");
      assertTrue(
          row.text().contains("ConnectException") || row.text().contains("Connection refused"),
          () -> "the last error is shown: " + row.text());
    }

    GreenMail mail = Mails.start(Mails.port());
    try {
      for (String email : recipients) {
        MimeMessage delivered = Mails.awaitFor(mail, email, 1, Duration.ofSeconds(60)).get(0);
        Element row = awaitOutboxRow(admin, email, "Sent");
        assertEquals(
            row.selectFirst(".message-id").text(),
            Mails.messageId(delivered),
            "the mail carries the Message-ID fixed when it was queued");
        int attempts = Integer.parseInt(row.selectFirst(".attempts").text());
        assertTrue(attempts >= 2, () -> "delivered on a retry, not the first attempt: " + attempts);
      }
      // The link's token was kept apart from the stored text through every retry, and the mail
      // that finally went out carries it: the link works.
      MimeMessage first = Mails.to(mail, recipients.get(0)).get(0);
      String link = Mails.link(first, "/confirm-email?token=");
      assertFalse(link.contains("clq-secret-"), link);
      new WebClient().get(link);
      DemoUsers.signIn(new WebClient(), recipients.get(0), "outage password 0");
      // Give a duplicate every chance to show up: two more sweeps of the sender.
      Mails.sleep(4000);
      for (String email : recipients) {
        assertEquals(1, Mails.to(mail, email).size(), () -> "exactly one mail to " + email);
        assertTrue(awaitOutboxRow(admin, email, "Sent").text().contains("Sent"));
      }
    } finally {
      mail.stop();
    }
  }

  /** The outbox row of the newest mail to {@code email}, once it shows {@code state}. */
  private static Element awaitOutboxRow(WebClient admin, String email, String state) {
    for (int attempt = 0; attempt < 60; attempt++) {
      Page outbox = admin.get("/admin/outbox");
      assertEquals("Mail outbox", outbox.heading());
      Element row =
          outbox.document().select("tbody tr").stream()
              .filter(r -> r.text().contains(email))
              .findFirst()
              .orElse(null);
      if (row != null && row.text().contains(state)) {
        return row;
      }
      Mails.sleep(500);
    }
    throw new AssertionError("no outbox row for " + email + " in state " + state);
  }
}
