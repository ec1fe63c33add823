package org.colloquium.kernel.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClaimedWorkTest {

  private final ClaimedWork work = new ClaimedWork("test row", Logger.getLogger("test"));
  private final List<Long> handedBack = new ArrayList<>();
  private final List<RuntimeException> failed = new ArrayList<>();

  @Test
  void aFailureWhileRunningIsTheRowsOwn() {
    work.work(
        7L,
        () -> {
          throw new IllegalStateException("broken release");
        },
        failed::add);
    assertEquals(1, failed.size());
    work.stop(handedBack::add);
    assertEquals(List.of(), handedBack, "nothing in hand once the row is finished");
  }

  @Test
  void aStopHandsBackTheRowInHandAndItsFailureIsNotTheRows() {
    work.work(
        7L,
        () -> {
          // The application stops while the row is worked on; the worker then fails on it.
          work.stop(handedBack::add);
          throw new IllegalStateException("container is gone");
        },
        failed::add);
    assertEquals(List.of(7L), handedBack);
    assertEquals(List.of(), failed);
    assertTrue(work.stopping());
  }

  @Test
  void everyClaimedRowIsWorkedOnAndAFailureIsToldWithItsRow() {
    java.util.Iterator<Long> rows = List.of(1L, 2L, 3L).iterator();
    List<Long> worked = new ArrayList<>();
    List<Long> failedRows = new ArrayList<>();
    int done =
        work.workOnAll(
            () -> rows.hasNext() ? Optional.of(rows.next()) : Optional.empty(),
            id -> {
              worked.add(id);
              if (id == 2L) {
                throw new IllegalArgumentException("bad row");
              }
            },
            (id, e) -> failedRows.add(id));
    assertEquals(3, done);
    assertEquals(List.of(1L, 2L, 3L), worked, "one failure does not stop the others");
    assertEquals(List.of(2L), failedRows);
  }

  @Test
  void nothingIsClaimedOnceStopping() {
    assertEquals(Optional.of(3L), work.next(() -> Optional.of(3L)));
    work.stop(handedBack::add);
    assertFalse(
        work.next(
                () -> {
                  throw new AssertionError("claimed while stopping");
                })
            .isPresent());
  }

  @Test
  void oneRowThatCannotBeHandedBackDoesNotKeepTheOthers() {
    work.work(
        1L,
        () ->
            work.work(
                2L,
                () ->
                    work.stop(
                        id -> {
                          if (id == 1L) {
                            throw new IllegalStateException("no transaction");
                          }
                          handedBack.add(id);
                        }),
                failed::add),
        failed::add);
    assertEquals(List.of(2L), handedBack);
    assertEquals(List.of(), failed);
  }
}
