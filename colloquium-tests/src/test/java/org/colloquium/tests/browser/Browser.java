package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.tests.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Every {@link #check(String)} saves a screenshot
 * under target/screenshots, runs axe-core on the page (WCAG 2.0, 2.1 and 2.2, levels A and AA) and
 * the Nu Html Checker on the HTML the server sent for it (saved under target/html), and fails on
 * any violation or HTML error.
 */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final ChromeDriver driver;
  private final Path screenshots;
  private final Path pages;
  private final Set<String> checkedDocuments = new HashSet<>();
  private final String journey;
  private int step;

  Browser(String journey) {
    this(journey, null);
  }

  /**
   * A browser whose camera shows {@code camera} (a YUV4MPEG2 video, see {@link FakeCamera}) and
   * that grants the camera without asking; null for none.
   */
  Browser(String journey, Path camera) {
    this.journey = journey;
    this.screenshots =
        Path.of(System.getProperty("colloquium.it.directory", "target"), "screenshots");
    this.pages = Path.of(System.getProperty("colloquium.it.directory", "target"), "html");
    ChromeOptions options = new ChromeOptions();
    // /usr/bin/chromium is a shell wrapper; Selenium needs the binary itself.
    String binary =
        new File("/usr/lib/chromium/chromium").canExecute()
            ? "/usr/lib/chromium/chromium"
            : "/usr/bin/chromium";
    options.setBinary(binary);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=en-GB",
        "--user-data-dir=" + temporaryProfile());
    if (camera != null) {
      // The page's console (where ZXing says why a video did not play) goes into a failure.
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      options.addArguments(
          "--use-fake-ui-for-media-stream",
          "--use-fake-device-for-media-stream",
          "--use-file-for-fake-video-capture=" + camera.toAbsolutePath());
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // Keeps the responses' bodies, so that the HTML check reads what the server sent (also for
    // the answer to a form post, which Chromium does not cache).
    driver.executeCdpCommand("Network.enable", Map.of());
  }

  void open(String path) {
    driver.get(path.contains(":") ? path : Deployments.baseUrl() + path);
  }

  /**
   * Saves a screenshot, runs axe on the current page and the Nu Html Checker on its HTML; fails on
   * any WCAG violation or HTML error.
   */
  void check(String name) {
    step++;
    screenshot(name);
    List<String> failures = new ArrayList<>();
    List<String> htmlErrors = htmlErrors(name);
    if (!htmlErrors.isEmpty()) {
      failures.add(
          "Invalid HTML on "
              + driver.getCurrentUrl()
              + " ("
              + name
              + "):\n"
              + htmlErrors.stream().map(e -> "- " + e).collect(Collectors.joining("\n")));
    }
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      failures.add(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + " ("
              + name
              + "):\n"
              + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /**
   * Saves the HTML the server sent for the current page under target/html and returns the Nu Html
   * Checker's errors in it. A page is checked once: when only scripts changed it since the last
   * check (an AJAX update), its document is the one already checked.
   */
  private List<String> htmlErrors(String name) {
    Map<String, Object> frame = mainFrame();
    String document = String.valueOf(frame.get("loaderId"));
    if (!checkedDocuments.add(document)) {
      return List.of();
    }
    String html = servedHtml(document);
    try {
      Files.createDirectories(pages);
      Files.writeString(
          pages.resolve(String.format("%s-%02d-%s.html", journey, step, name)),
          html,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HtmlChecker.errors(html);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> mainFrame() {
    Map<String, Object> tree = driver.executeCdpCommand("Page.getFrameTree", Map.of());
    return (Map<String, Object>) ((Map<String, Object>) tree.get("frameTree")).get("frame");
  }

  /**
   * The body of the response that loaded this document, as the server sent it; should Chromium no
   * longer have it, the DOM as the browser serialises it (with the doctype it drops).
   */
  private String servedHtml(String document) {
    try {
      Map<String, Object> response =
          driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", document));
      String body = String.valueOf(response.get("body"));
      return Boolean.TRUE.equals(response.get("base64Encoded"))
          ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
          : body;
    } catch (WebDriverException e) {
      return "<!DOCTYPE html>" + driver.getPageSource();
    }
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(CheckedNode::getTarget)
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          screenshots.resolve(String.format("%s-%02d-%s.png", journey, step, name)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Signs in through the sign-in page by keyboard and waits for the personal area. */
  void signIn(String email, String password) {
    open("/sign-in");
    type("signIn:email", email);
    type("signIn:password", password);
    pressEnterIn("signIn:password");
    waitForPath("/my");
  }

  /** Types into the field with this id, as a keyboard user would after tabbing to it. */
  void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Submits the form of the field with this id by pressing Enter in it. */
  void pressEnterIn(String id) {
    find(By.id(id)).sendKeys(Keys.ENTER);
  }

  /** Moves the keyboard focus to an element and activates it with Enter, without the mouse. */
  void activateByKeyboard(By by) {
    WebElement element = find(by);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].focus()", element);
    element.sendKeys(Keys.ENTER);
  }

  void waitForPath(String path) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().replace(Deployments.baseUrl(), "").equals(path));
  }

  /** The page's h1; asked again if the page was replaced while it was being read. */
  String heading() {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> find(By.tagName("h1")).getText());
  }

  /**
   * Waits until the h1 reads {@code expected}, for a change that reloads the same address (a
   * language switch), where waiting for the path would pass before the new page arrives.
   */
  void waitForHeading(String expected) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                try {
                  return expected.equals(d.findElement(By.tagName("h1")).getText());
                } catch (WebDriverException e) {
                  if (replacedWhileRead(e)) {
                    return false;
                  }
                  throw e;
                }
              });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "expected the heading <" + expected + "> but it stayed <" + heading() + ">", e);
    }
  }

  /** Waits until the page shows this text (the page that the last action loads). */
  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> text().contains(text));
  }

  /** As {@link #waitForText(String)}, for what may take longer than a page, such as a camera. */
  void waitForText(String text, Duration patience) {
    new WebDriverWait(driver, patience).until(d -> text().contains(text));
  }

  /**
   * Waits for the page the door's camera sends once it has read a code. On a timeout the failure
   * says what the camera's video element was doing and what the page's console said, since a camera
   * that never reads leaves nothing else to go on.
   */
  void waitForCamera(String text, Duration patience) {
    try {
      waitForText(text, patience);
    } catch (TimeoutException e) {
      screenshot("camera-timeout");
      Object video =
          driver.executeScript(
              "var v = document.querySelector('video');"
                  + " var r = document.getElementById('camera-refused');"
                  + " return v ? JSON.stringify({hidden: v.hidden, readyState: v.readyState,"
                  + " networkState: v.networkState, paused: v.paused, ended: v.ended,"
                  + " currentTime: v.currentTime, width: v.videoWidth, height: v.videoHeight,"
                  + " stream: !!v.srcObject, error: v.error && v.error.message,"
                  + " refused: r && !r.hidden,"
                  + " visibility: document.visibilityState}) : 'no video element';");
      String console =
          driver.manage().logs().get("browser").getAll().stream()
              .map(entry -> entry.getLevel() + " " + entry.getMessage())
              .collect(Collectors.joining("\n"));
      throw new AssertionError(
          "No \""
              + text
              + "\" after "
              + patience.toSeconds()
              + " s on "
              + driver.getCurrentUrl()
              + "\nvideo: "
              + video
              + "\nconsole:\n"
              + console
              + "\npage:\n"
              + text(),
          e);
    }
  }

  /** The page's text; asked again if the page was replaced while it was being read. */
  String text() {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElement(By.tagName("body")).getText();
      } catch (WebDriverException e) {
        if (!replacedWhileRead(e) || attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether the element was read while its page was being replaced: Selenium says so with a
   * StaleElementReferenceException, but Chromium may answer first with an inspector error that
   * Selenium passes on as a plain WebDriverException ("does not belong to the document").
   */
  static boolean replacedWhileRead(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  String path() {
    return driver.getCurrentUrl().replace(Deployments.baseUrl(), "");
  }

  WebDriver driver() {
    return driver;
  }

  private static String temporaryProfile() {
    try {
      return Files.createTempDirectory("colloquium-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
