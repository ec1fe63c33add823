package org.colloquium.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AccountTurnsTest {

  private final AccountTurns turns = new AccountTurns(2);

  @Test
  void anAccountHasTwoRequestsInHandAndAThirdWaitsForOneToEnd() throws Exception {
    assertTrue(turns.enter("7", Duration.ZERO));
    assertTrue(turns.enter("7", Duration.ZERO));
    assertFalse(turns.enter("7", Duration.ofMillis(50)), "no turn within its wait");
    var third =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return turns.enter("7", Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(100);
    assertFalse(third.isDone(), "waits while both turns are taken");
    turns.leave("7");
    assertTrue(third.get(5, TimeUnit.SECONDS), "takes the turn given back");
  }

  @Test
  void otherAccountsAreNotHeldUpByOneThatIsBusy() throws Exception {
    assertTrue(turns.enter("7", Duration.ZERO));
    assertTrue(turns.enter("7", Duration.ZERO));
    assertTrue(turns.enter("8", Duration.ZERO));
  }

  @Test
  void anAccountIsForgottenOnceItHasNoRequestInHand() throws Exception {
    assertTrue(turns.enter("7", Duration.ZERO));
    assertTrue(turns.enter("7", Duration.ZERO));
    assertFalse(turns.enter("7", Duration.ZERO));
    assertEquals(1, turns.accounts());
    turns.leave("7");
    turns.leave("7");
    assertEquals(0, turns.accounts());
    assertTrue(turns.enter("7", Duration.ZERO), "starts afresh with all its turns");
    assertTrue(turns.enter("7", Duration.ZERO));
  }

  @Test
  void atLeastOneTurn() {
    assertThrows(IllegalArgumentException.class, () -> new AccountTurns(0));
  }

  @Test
  void staticResourcesAreNotCounted() {
    assertTrue(AccountTurnsFilter.isResource("/jakarta.faces.resource/theme.css.xhtml"));
    assertFalse(AccountTurnsFilter.isResource("/manage/events/x/partners"));
  }
}
