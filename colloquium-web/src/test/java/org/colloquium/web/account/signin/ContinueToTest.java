package org.colloquium.web.account.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContinueToTest {

  private static final String INVITATION = "/invitation?token=a-b_c";

  @Test
  void keepsAPathOnThisSite() {
    assertEquals(INVITATION, ContinueTo.orNull(INVITATION));
    assertEquals("?next=%2Finvitation%3Ftoken%3Da-b_c", ContinueTo.query(INVITATION));
  }

  @Test
  void continuesThroughSignInUnlessAlreadySignedIn() {
    assertEquals(
        "/sign-in?next=%2Finvitation%3Ftoken%3Da-b_c",
        ContinueTo.afterConfirmation(INVITATION, false));
    assertEquals(INVITATION, ContinueTo.afterConfirmation(INVITATION, true));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "/",
        "https://evil.example/",
        "//evil.example/my",
        "/\\evil.example",
        "javascript:alert(1)",
        "/my\r\nSet-Cookie: x=1"
      })
  void dropsAnythingElse(String next) {
    assertNull(ContinueTo.orNull(next));
    assertEquals("", ContinueTo.query(next));
    assertNull(ContinueTo.afterConfirmation(next, false));
    assertNull(ContinueTo.afterConfirmation(next, true));
  }
}
