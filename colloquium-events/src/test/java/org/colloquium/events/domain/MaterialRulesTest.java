package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;

class MaterialRulesTest {

  private static List<String> keys(List<Problem> problems) {
    return problems.stream().map(Problem::messageKey).toList();
  }

  @Test
  void trackNamesAreUniquePerEventIgnoringCaseAndSpaces() {
    List<String> others = List.of("Security and defence", "Energy and economy");
    assertEquals(
        List.of("materials.name.taken"),
        keys(MaterialRules.checkName("name", "  security AND defence ", others)));
    assertEquals(List.of(), keys(MaterialRules.checkName("name", "Propaganda", others)));
    assertEquals(
        List.of("materials.name.required"), keys(MaterialRules.checkName("name", " ", others)));
    assertEquals(
        List.of("materials.name.tooLong"),
        keys(MaterialRules.checkName("name", "x".repeat(201), others)));
    assertEquals(
        List.of(), keys(MaterialRules.checkName("name", "Пропаганда și dezinformare", others)));
  }

  @Test
  void durationsRunFromFiveMinutesToEightHoursOrNone() {
    assertTrue(MaterialRules.durationAllowed(null));
    assertTrue(MaterialRules.durationAllowed(5));
    assertTrue(MaterialRules.durationAllowed(480));
    assertFalse(MaterialRules.durationAllowed(4));
    assertFalse(MaterialRules.durationAllowed(481));
    assertFalse(MaterialRules.durationAllowed(0));
    assertEquals(
        List.of("materials.duration.range"), keys(MaterialRules.checkDuration("duration", 481)));
    assertThrows(IllegalArgumentException.class, () -> new PresentationType(1L, 0, "Panel", 2));
  }

  @Test
  void linksMustBeWebAddresses() {
    assertTrue(MaterialRules.isWebAddress("https://www.youtube.com/watch?v=XEYYGLVzrcs"));
    assertTrue(MaterialRules.isWebAddress("http://unibuc.ro/"));
    assertFalse(MaterialRules.isWebAddress("javascript:alert(1)"));
    assertFalse(MaterialRules.isWebAddress("ftp://example.org/x"));
    assertFalse(MaterialRules.isWebAddress("www.example.org"));
    assertFalse(MaterialRules.isWebAddress("https://"));
    assertEquals(List.of(), MaterialRules.checkWebAddress("url", "", false));
    assertEquals(
        List.of("materials.url.required"), keys(MaterialRules.checkWebAddress("url", "", true)));
    assertEquals(
        List.of("materials.url.invalid"),
        keys(MaterialRules.checkWebAddress("url", "data:text/html,x", false)));
  }

  @Test
  void fileNamesAreSafeAndUniqueInTheEvent() {
    assertEquals(
        "Programul-conferintei.pdf",
        MaterialRules.fileName("Programul conferinței.PDF", List.of()));
    assertEquals("report.pdf", MaterialRules.fileName("C:\\Users\\ana\\report.pdf", List.of()));
    assertEquals("document.pdf", MaterialRules.fileName("Програма.pdf", List.of()));
    assertEquals("document.pdf", MaterialRules.fileName(null, List.of()));
    assertEquals("passwd.pdf", MaterialRules.fileName("../etc/passwd", List.of()));
    assertEquals(
        "programme-3.pdf",
        MaterialRules.fileName("programme.pdf", List.of("programme.pdf", "Programme-2.pdf")));
  }

  @Test
  void movingRenumbersDenselyAndStopsAtTheEdges() {
    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Track t = new Track(1L, i * 10, "Track " + i, null);
      setId(t, (long) i + 100);
      tracks.add(t);
    }
    assertTrue(MaterialRules.move(tracks, 102L, -1));
    assertEquals(List.of(0, 2, 1), tracks.stream().map(Track::position).toList());
    assertFalse(MaterialRules.move(tracks, 100L, -1), "the first cannot go up");
    assertFalse(MaterialRules.move(tracks, 999L, 1), "unknown id");
  }

  private static void setId(Track track, Long id) {
    try {
      var field = Track.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(track, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
