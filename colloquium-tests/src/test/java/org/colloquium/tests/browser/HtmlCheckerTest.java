package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML check of the browser journeys reports what is wrong and passes what is right. Runs with
 * -Pbrowser, where the Nu Html Checker is on the classpath; skipped elsewhere.
 */
class HtmlCheckerTest {

  @BeforeAll
  static void theCheckerIsThere() {
    assumeTrue(HtmlChecker.available(), "the Nu Html Checker comes with -Pbrowser");
  }

  @Test
  void aValidPageHasNoErrors() {
    assertEquals(
        List.of(),
        HtmlChecker.errors(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>t</title></head>"
                + "<body><p><time datetime=\"2026-12-02T11:52:37.123+02:00\">today</time></p>"
                + "</body></html>"));
  }

  @Test
  void aBrokenPageFailsWithTheCheckersMessages() {
    List<String> errors =
        HtmlChecker.errors(
            "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<p><time datetime=\"2026-12-02T11:52:37.123456\">today</time>"
                + "<input type=\"file\" aria-required=\"true\"><div></p></body></html>");
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.contains("A fraction of a second must be one, two, or three digits")),
        errors::toString);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("Attribute “aria-required” not allowed")),
        errors::toString);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("Unclosed element “div”")), errors::toString);
    assertTrue(errors.get(0).startsWith("line 1, column "), errors.get(0));
  }
}
