package org.colloquium.kernel.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContinueLinkTest {

  private static final String CONFIRM = "https://cq.example/confirm-email?token=abc";

  @Test
  void carriesALocalPathEncoded() {
    assertEquals(
        CONFIRM + "&next=%2Finvitation%3Ftoken%3Dx%26y%3D%C8%99",
        ContinueLink.append(CONFIRM, "/invitation?token=x&y=ș"));
  }

  @Test
  void startsTheQueryWhenTheLinkHasNone() {
    assertEquals(
        "https://cq.example/sign-in?next=%2Fmy",
        ContinueLink.append("https://cq.example/sign-in", "/my"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "/",
        "https://evil.example/",
        "//evil.example",
        "/\\evil.example",
        "evil.example/my",
        "javascript:alert(1)",
        "/my\r\nBcc: x@evil.example",
        "/\t/evil.example"
      })
  void leavesTheLinkAloneForAnythingElse(String continueTo) {
    assertEquals(CONFIRM, ContinueLink.append(CONFIRM, continueTo));
  }
}
