package org.colloquium.kernel.files.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.colloquium.kernel.files.api.Freed;
import org.junit.jupiter.api.Test;

class StoredFileCollectorTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final List<Instant> cutoffs = new ArrayList<>();
  private final Deque<Object> batches = new ArrayDeque<>();
  private final StoredFileCollector collector = new StoredFileCollector();

  StoredFileCollectorTest() {
    collector.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    collector.store =
        new DefaultFileStore() {
          @Override
          public Freed deleteUnreferenced(Instant storedBefore, int limit) {
            assertEquals(StoredFileCollector.BATCH, limit);
            cutoffs.add(storedBefore);
            Object next = batches.removeFirst();
            if (next instanceof RuntimeException e) {
              throw e;
            }
            return (Freed) next;
          }
        };
  }

  @Test
  void deletesBatchAfterBatchUntilOneIsNotFull() {
    batches.add(new Freed(StoredFileCollector.BATCH, 5_000));
    batches.add(new Freed(StoredFileCollector.BATCH, 7_000));
    batches.add(new Freed(3, 300));

    assertEquals(new Freed(2L * StoredFileCollector.BATCH + 3, 12_300), collector.collectGarbage());
    assertEquals(List.of(NOW.minusSeconds(86_400)), cutoffs.stream().distinct().toList());
    assertEquals(3, cutoffs.size());
  }

  @Test
  void aFailingBatchEndsTheRun() {
    IllegalStateException failure = new IllegalStateException("a reference appeared");
    batches.add(new Freed(StoredFileCollector.BATCH, 5_000));
    batches.add(failure);
    batches.add(new Freed(1, 1));

    assertSame(failure, assertThrows(IllegalStateException.class, collector::collectGarbage));
    assertEquals(2, cutoffs.size());
  }
}
