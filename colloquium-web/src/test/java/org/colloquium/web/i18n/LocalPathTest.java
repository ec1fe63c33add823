package org.colloquium.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/my", "/my?x=1", "/events/20-months-after?lang=ro#call", "/a/b/c"})
  void keepsPathsOnThisSite(String path) {
    assertEquals(path, LocalPath.orHome(path));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "https://evil.example",
        "http://evil.example/my",
        "//evil.example",
        "//evil.example/my",
        "/\\evil.example",
        "/my\\..\\..\\evil",
        "\\\\evil.example",
        "javascript:alert(1)",
        "evil.example/my",
        "my",
        "/my\r\nSet-Cookie: x=1",
        "/\t/evil.example",
        "/\n/evil.example",
        "/my\u0000"
      })
  void refusesEverythingElseAndGoesHome(String candidate) {
    assertEquals("/", LocalPath.orHome(candidate));
  }
}
