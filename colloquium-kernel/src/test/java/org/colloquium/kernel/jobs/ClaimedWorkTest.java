package org.colloquium.kernel.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.colloquium.kernel.jobs.ClaimedWork.Held;
import org.junit.jupiter.api.Test;

class ClaimedWorkTest {

  private final ClaimedWork work = new ClaimedWork("test row", Logger.getLogger("test"));
  private final List<Long> handedBack = new ArrayList<>();
  private final List<RuntimeException> failed = new ArrayList<>();

  private static Held held(long id) {
    return new Held(id, "node1:" + id);
  }

  private void handBack(Held held) {
    handedBack.add(held.id());
  }

  @Test
  void aFailureWhileRunningIsTheRowsOwn() {
    work.work(
        held(7),
        () -> {
          throw new IllegalStateException("broken release");
        },
        failed::add);
    assertEquals(1, failed.size());
    work.stop(this::handBack);
    assertEquals(List.of(), handedBack, "nothing in hand once the row is finished");
  }

  @Test
  void aStopHandsBackTheRowInHandAndItsFailureIsNotTheRows() {
    work.work(
        held(7),
        () -> {
          // The application stops while the row is worked on; the worker then fails on it.
          work.stop(this::handBack);
          throw new IllegalStateException("container is gone");
        },
        failed::add);
    assertEquals(List.of(7L), handedBack);
    assertEquals(List.of(), failed);
    assertTrue(work.stopping());
  }

  @Test
  void everyClaimedRowIsWorkedOnUnderItsOwnTokenAndAFailureIsToldWithIt() {
    java.util.Iterator<Long> rows = List.of(1L, 2L, 3L).iterator();
    Map<Long, String> claimedWith = new ConcurrentHashMap<>();
    List<Held> worked = new ArrayList<>();
    List<Held> failedRows = new ArrayList<>();
    int done =
        work.workOnAll(
            token -> {
              if (!rows.hasNext()) {
                return Optional.empty();
              }
              Long id = rows.next();
              claimedWith.put(id, token);
              return Optional.of(id);
            },
            held -> {
              worked.add(held);
              if (held.id() == 2L) {
                throw new IllegalArgumentException("bad row");
              }
            },
            (held, e) -> failedRows.add(held));
    assertEquals(3, done);
    assertEquals(List.of(1L, 2L, 3L), worked.stream().map(Held::id).toList());
    for (Held held : worked) {
      assertEquals(claimedWith.get(held.id()), held.token(), "worked under the token it claimed");
    }
    assertNotEquals(worked.get(0).token(), worked.get(1).token(), "a token per claim");
    assertEquals(List.of(new Held(2L, claimedWith.get(2L))), failedRows);
  }

  @Test
  void nothingIsClaimedOnceStopping() {
    assertEquals(Optional.of(3L), work.next(token -> Optional.of(3L)).map(Held::id));
    work.stop(this::handBack);
    assertFalse(
        work.next(
                token -> {
                  throw new AssertionError("claimed while stopping");
                })
            .isPresent());
  }

  @Test
  void theRowsInHandAreRenewedWithTheirTokensUntilTheyAreFinished() {
    List<Held> renewed = new ArrayList<>();
    work.work(
        held(5),
        () -> {
          work.beat((id, token) -> renewed.add(new Held(id, token)));
          work.beat((id, token) -> renewed.add(new Held(id, token)));
        },
        failed::add);
    work.beat((id, token) -> renewed.add(new Held(id, token)));
    assertEquals(List.of(held(5), held(5)), renewed, "no beat once the row is finished");
  }

  @Test
  void aRowTakenOverIsNoLongerRenewedAndALaterClaimOfItIs() {
    List<Long> asked = new ArrayList<>();
    work.work(
        held(5),
        () -> {
          work.beat((id, token) -> asked.add(id) && false);
          work.beat((id, token) -> asked.add(id));
        },
        failed::add);
    assertEquals(List.of(5L), asked, "once taken over, not asked again");
    work.work(held(5), () -> work.beat((id, token) -> asked.add(id)), failed::add);
    assertEquals(List.of(5L, 5L), asked, "claimed again later: renewed again");
  }

  @Test
  void oneRowThatCannotBeHandedBackDoesNotKeepTheOthers() {
    work.work(
        held(1),
        () ->
            work.work(
                held(2),
                () ->
                    work.stop(
                        held -> {
                          if (held.id() == 1L) {
                            throw new IllegalStateException("no transaction");
                          }
                          handedBack.add(held.id());
                        }),
                failed::add),
        failed::add);
    assertEquals(List.of(2L), handedBack);
    assertEquals(List.of(), failed);
  }
}
