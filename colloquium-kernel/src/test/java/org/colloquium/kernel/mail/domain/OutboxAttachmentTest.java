package org.colloquium.kernel.mail.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.junit.jupiter.api.Test;

/** A file sent with a mail: what is accepted, and when it can be added. */
class OutboxAttachmentTest {

  private static final Instant T0 = Instant.parse("2026-12-04T16:00:00Z");
  private static final String CALENDAR = "text/calendar; charset=UTF-8; method=PUBLISH";

  private static OutboxMessage message() {
    return new OutboxMessage(
        "programme-changed",
        "ana@unibuc.ro",
        "Ana",
        "Programme change",
        "Dear Ana, …",
        "colloquium.example",
        T0);
  }

  @Test
  void aMailWithoutAFileHasNone() {
    OutboxMessage m = message();
    assertEquals(Optional.empty(), m.attachment());
    assertNull(m.attachmentName());
  }

  @Test
  void theFileIsKeptWithTheMailAsGiven() {
    OutboxMessage m = message();
    MailAttachment ics = new MailAttachment("changes.ics", CALENDAR, "BEGIN:VCALENDAR\r\n");
    m.attach(ics);
    assertEquals(Optional.of(ics), m.attachment());
    assertEquals("changes.ics", m.attachmentName());
  }

  @Test
  void oneFileAtMostAndOnlyBeforeTheFirstAttempt() {
    OutboxMessage twice = message();
    twice.attach(new MailAttachment("a.ics", CALENDAR, "x"));
    assertThrows(
        IllegalStateException.class, () -> twice.attach(new MailAttachment("b.ics", CALENDAR, "")));
    OutboxMessage claimed = message();
    claimed.claim(T0, Duration.ofMinutes(2));
    assertThrows(
        IllegalStateException.class,
        () -> claimed.attach(new MailAttachment("a.ics", CALENDAR, "x")));
  }

  @Test
  void theSizeIsCountedInBytesOfUtf8() {
    assertDoesNotThrow(
        () -> new MailAttachment("a.ics", CALENDAR, "a".repeat(MailAttachment.MAX_BYTES)));
    // Half as many characters, but each is two bytes: one over the limit.
    String romanian = "ș".repeat(MailAttachment.MAX_BYTES / 2) + "a";
    IllegalArgumentException tooLarge =
        assertThrows(
            IllegalArgumentException.class, () -> new MailAttachment("a.ics", CALENDAR, romanian));
    assertTrue(tooLarge.getMessage().contains("262145 bytes"), tooLarge.getMessage());
  }

  @Test
  void namesAndTypesThatWouldBreakTheHeadersAreRefused() {
    for (String name : new String[] {"", " ", "../a.ics", "a\\b.ics", "a\".ics", "a\r\nX: y"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new MailAttachment(name, CALENDAR, "x"),
          () -> "name " + name);
    }
    for (String type : new String[] {"", "calendar", "text/calendar\r\nBcc: x@example.org"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new MailAttachment("a.ics", type, "x"),
          () -> "type " + type);
    }
    assertDoesNotThrow(() -> new MailAttachment("programul-colocviului-ș.ics", CALENDAR, ""));
  }
}
