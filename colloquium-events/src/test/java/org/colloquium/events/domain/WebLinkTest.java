package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.openstreetmap.org/?mlat=44.43&mlon=26.10#map=18/44.43/26.10",
        "http://example.org",
        "HTTPS://Example.org/path?q=1",
        "https://ro.wikipedia.org/wiki/Universitatea_din_București"
      })
  void webAddressesAreAccepted(String link) {
    assertTrue(WebLink.isValid(link), link);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/file",
        "www.example.org",
        "https://",
        "/relative/path",
        "https://exa mple.org",
        " "
      })
  void anythingElseIsRefused(String link) {
    assertFalse(WebLink.isValid(link), link);
  }
}
