package org.colloquium.kernel.limits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.colloquium.kernel.limits.api.LimitSettings;
import org.colloquium.kernel.limits.api.MailKind;
import org.junit.jupiter.api.Test;

class MailQuotaTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-05-04T10:00:00Z"));
  private final Limits limits = new Limits(LimitSettings.DEFAULTS);
  private final Map<String, Bucket> buckets = new HashMap<>();

  private boolean mail(MailKind kind, String sender, String recipient) {
    return MailQuota.take(
        buckets.computeIfAbsent(
            kind + " sender " + sender, k -> clock.bucket(limits.mailsPerSender(kind))),
        buckets.computeIfAbsent(
            kind + " recipient " + recipient, k -> clock.bucket(limits.mailsPerRecipient(kind))));
  }

  @Test
  void anAccountCausesAHundredCoAuthorNoticesADay() {
    int sent = 0;
    for (int i = 0; i < 150; i++) {
      if (mail(MailKind.CO_AUTHOR_NOTICE, "ana", "coauthor" + i + "@example.org")) {
        sent++;
      }
    }
    assertEquals(100, sent);
    clock.advance(Duration.ofHours(23));
    assertFalse(mail(MailKind.CO_AUTHOR_NOTICE, "ana", "late@example.org"), "still the same day");
    clock.advance(Duration.ofHours(1));
    assertTrue(mail(MailKind.CO_AUTHOR_NOTICE, "ana", "next-day@example.org"), "a day later");
  }

  @Test
  void oneAddressGetsFiveCoAuthorNoticesADayWhoeverCausesThem() {
    for (int i = 0; i < 5; i++) {
      assertTrue(mail(MailKind.CO_AUTHOR_NOTICE, "sender" + i, "victim@example.org"));
    }
    assertFalse(mail(MailKind.CO_AUTHOR_NOTICE, "sender9", "victim@example.org"));
    assertTrue(mail(MailKind.CO_AUTHOR_NOTICE, "sender9", "other@example.org"));
  }

  @Test
  void aRefusedRecipientCostsTheSenderNothing() {
    for (int i = 0; i < 5; i++) {
      mail(MailKind.CO_AUTHOR_NOTICE, "ana", "victim@example.org");
    }
    for (int i = 0; i < 20; i++) {
      assertFalse(mail(MailKind.CO_AUTHOR_NOTICE, "ana", "victim@example.org"));
    }
    int sent = 0;
    for (int i = 0; i < 100; i++) {
      if (mail(MailKind.CO_AUTHOR_NOTICE, "ana", "c" + i + "@example.org")) {
        sent++;
      }
    }
    assertEquals(95, sent, "100 a day, five of them used");
  }

  @Test
  void aSenderOutOfAllowanceCostsTheRecipientNothing() {
    Limits small = new Limits(new LimitSettings(60, 20, 60, 1, 5, 200, 3));
    Bucket sender = clock.bucket(small.mailsPerSender(MailKind.CO_AUTHOR_NOTICE));
    Bucket recipient = clock.bucket(small.mailsPerRecipient(MailKind.CO_AUTHOR_NOTICE));
    assertTrue(MailQuota.take(sender, recipient));
    assertFalse(MailQuota.take(sender, recipient));
    assertEquals(4, recipient.getAvailableTokens());
  }

  @Test
  void invitationsHaveTheirOwnQuotas() {
    for (int i = 0; i < 3; i++) {
      assertTrue(mail(MailKind.COMMITTEE_INVITATION, "organiser", "reviewer@example.org"));
    }
    assertFalse(mail(MailKind.COMMITTEE_INVITATION, "organiser", "reviewer@example.org"));
    assertTrue(
        mail(MailKind.CO_AUTHOR_NOTICE, "organiser", "reviewer@example.org"),
        "a co-author notice counts apart");
    int sent = 3;
    for (int i = 0; i < 300; i++) {
      if (mail(MailKind.COMMITTEE_INVITATION, "organiser", "r" + i + "@example.org")) {
        sent++;
      }
    }
    assertEquals(200, sent);
  }
}
