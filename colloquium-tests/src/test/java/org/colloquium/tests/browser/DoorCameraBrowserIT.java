package org.colloquium.tests.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The door's camera reads whatever code it is shown, and reads again from the page that answers.
 * The codes are ones ZXing's JavaScript port, the door's reader before zxing-cpp, could not read in
 * any frame of this camera: it played on and the door waited for ever (about one ticket in ten has
 * such a pattern; docs/performance.md, "Reading tickets at the door").
 */
class DoorCameraBrowserIT extends DeployedApplication {

  private static final String DOOR = "/manage/events/annual-conference-iii/check-in";
  private static final String UNKNOWN = "Not a ticket of this event";
  private static final List<String> CODES =
      List.of("T-not-a-ticket-0", "T-not-a-ticket-5", "T-not-a-ticket-8");

  @Test
  void readsCodesTheOldReaderCouldNotAndReadsAgainFromTheAnswer() throws Exception {
    for (String code : CODES) {
      Path camera =
          FakeCamera.filming(
              code,
              Path.of(
                  System.getProperty("colloquium.it.directory", "target"),
                  "camera",
                  code + ".y4m"));
      try (Browser door = new Browser("door-camera-" + code, camera)) {
        door.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
        door.open(DOOR);
        door.activateByKeyboard(By.id("camera-start"));
        door.waitForCamera(UNKNOWN, Duration.ofSeconds(30));
        // The answer is the door again: its camera starts and reads the next person's code.
        JavascriptExecutor page = (JavascriptExecutor) door.driver();
        page.executeScript("window.answered = true");
        door.activateByKeyboard(By.id("camera-start"));
        new WebDriverWait(door.driver(), Duration.ofSeconds(30))
            .until(
                d ->
                    Boolean.TRUE.equals(
                        page.executeScript(
                            "return window.answered === undefined"
                                + " && document.readyState === 'complete'")));
        door.waitForCamera(UNKNOWN, Duration.ofSeconds(30));
      }
    }
  }
}
