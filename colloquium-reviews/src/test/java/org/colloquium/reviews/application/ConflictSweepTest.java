package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sweep of pending conflict refreshes goes batch by batch, and when a batch fails, event by
 * event: one event whose finding keeps failing must not hold back the others' (each batch's
 * transaction is the proxy's; here the batches are scripted).
 */
class ConflictSweepTest {

  /** A finder whose batches answer from a script: a number done, or a failure. */
  private static final class Scripted extends ConflictFinder {
    final Deque<Integer> batches = new ArrayDeque<>();
    final Map<Long, Deque<Integer>> events;
    final List<Long> tried = new ArrayList<>();

    Scripted(List<Integer> batches, Map<Long, List<Integer>> events) {
      this.batches.addAll(batches);
      this.events = new java.util.TreeMap<>();
      events.forEach((id, script) -> this.events.put(id, new ArrayDeque<>(script)));
      self = this;
    }

    @Override
    public int sweepBatch() {
      return answer(batches);
    }

    @Override
    public List<Long> pendingEvents() {
      return List.copyOf(events.keySet());
    }

    @Override
    public int sweepEvent(Long eventId) {
      tried.add(eventId);
      return answer(events.get(eventId));
    }

    private static int answer(Deque<Integer> script) {
      int next = script.isEmpty() ? 0 : script.pop();
      if (next < 0) {
        throw new IllegalStateException("scripted failure");
      }
      return next;
    }
  }

  @Test
  void takesBatchesUntilNoneIsLeft() {
    Scripted finder = new Scripted(List.of(50, 50, 3, 0), Map.of());

    assertEquals(103, finder.sweepPending());
    assertEquals(List.of(), finder.tried);
  }

  @Test
  void aFailingBatchIsTakenEventByEventAndOneFailingEventHoldsBackNoOther() {
    Scripted finder =
        new Scripted(
            List.of(50, -1), Map.of(1L, List.of(2, 0), 2L, List.of(-1), 3L, List.of(50, 1, 0)));

    assertEquals(50 + 2 + 51, finder.sweepPending());
    assertEquals(List.of(1L, 1L, 2L, 3L, 3L, 3L), finder.tried);
  }

  @Test
  void aFailingBatchWithNothingElsePendingDoesNothingMore() {
    Scripted finder = new Scripted(List.of(-1), Map.of());

    assertEquals(0, finder.sweepPending());
  }
}
