package org.colloquium.kernel.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.domain.OutboxRepository;
import org.junit.jupiter.api.Test;

class OutboxRetentionTest {

  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  private final List<String> calls = new ArrayList<>();

  private OutboxRetention retention(int days) {
    OutboxRetention retention = new OutboxRetention();
    retention.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    retention.settings =
        new Settings() {
          @Override
          public Duration mailRetention() {
            return Duration.ofDays(days);
          }
        };
    retention.outbox =
        new OutboxRepository() {
          @Override
          public int purgeSentBodies(Instant sentBefore, Instant now) {
            calls.add("bodies sent before " + sentBefore + " at " + now);
            return 4;
          }

          @Override
          public int dropSecretsWrittenBefore(Instant writtenBefore) {
            calls.add("secrets written before " + writtenBefore);
            return 1;
          }
        };
    return retention;
  }

  @Test
  void removesTheTextOfMailsSentBeforeTheRetentionPeriodAndOldUnsentLinks() {
    assertEquals(new OutboxRetention.Purged(4, 1), retention(30).purge());
    assertEquals(
        List.of(
            "bodies sent before 2026-11-02T03:00:00Z at 2026-12-02T03:00:00Z",
            "secrets written before 2026-11-02T03:00:00Z"),
        calls);
  }

  @Test
  void theRetentionPeriodIsASetting() {
    retention(7).purge();
    assertEquals("secrets written before 2026-11-25T03:00:00Z", calls.get(1));
  }
}
