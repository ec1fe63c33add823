package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private static final ThrottlePolicy ACCOUNT = ThrottlePolicy.PER_ACCOUNT;

  @Test
  void firstFourFailuresOfAnAccountAreFree() {
    for (int failures = 0; failures < 5; failures++) {
      assertEquals(Duration.ZERO, ACCOUNT.blockAfter(failures), "after " + failures);
    }
  }

  @Test
  void fifthFailureBlocksForThirtySeconds() {
    assertEquals(Duration.ofSeconds(30), ACCOUNT.blockAfter(5));
  }

  @Test
  void eachFurtherFailureDoublesTheBlock() {
    assertEquals(Duration.ofSeconds(60), ACCOUNT.blockAfter(6));
    assertEquals(Duration.ofSeconds(120), ACCOUNT.blockAfter(7));
    assertEquals(Duration.ofSeconds(240), ACCOUNT.blockAfter(8));
    assertEquals(Duration.ofSeconds(480), ACCOUNT.blockAfter(9));
  }

  @Test
  void blockIsCappedAtFifteenMinutes() {
    assertEquals(Duration.ofMinutes(15), ACCOUNT.blockAfter(10)); // 960 s would be more
    assertEquals(Duration.ofMinutes(15), ACCOUNT.blockAfter(40));
    assertEquals(Duration.ofMinutes(15), ACCOUNT.blockAfter(Integer.MAX_VALUE));
  }

  @Test
  void perClientIsMoreGenerousThanPerAccount() {
    ThrottlePolicy client = ThrottlePolicy.PER_CLIENT;
    assertTrue(client.freeAttempts() > ACCOUNT.freeAttempts());
    assertEquals(Duration.ZERO, client.blockAfter(29));
    assertEquals(Duration.ofMinutes(15), ACCOUNT.blockAfter(29));
    assertEquals(Duration.ofSeconds(30), client.blockAfter(30));
    assertEquals(Duration.ofMinutes(15), client.maxBlock());
  }
}
