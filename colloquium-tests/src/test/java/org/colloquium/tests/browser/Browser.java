package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquium.tests.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Every {@link #check(String)} runs axe-core on the
 * page (WCAG 2.0, 2.1 and 2.2, levels A and AA) and fails on any violation, then saves a screenshot
 * under target/screenshots.
 */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver driver;
  private final Path screenshots;
  private final String journey;
  private int step;

  Browser(String journey) {
    this.journey = journey;
    this.screenshots =
        Path.of(System.getProperty("colloquium.it.directory", "target"), "screenshots");
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
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void open(String path) {
    driver.get(path.contains(":") ? path : Deployments.baseUrl() + path);
  }

  /** Runs axe on the current page and saves a screenshot; fails on any WCAG violation. */
  void check(String name) {
    step++;
    screenshot(name);
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + " ("
              + name
              + "):\n"
              + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
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

  /** Types into the field with this id, as a keyboard user would after tabbing to it. */
  /** Signs in through the sign-in page by keyboard and waits for the personal area. */
  void signIn(String email, String password) {
    open("/sign-in");
    type("signIn:email", email);
    type("signIn:password", password);
    pressEnterIn("signIn:password");
    waitForPath("/my");
  }

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
          .until(d -> expected.equals(d.findElement(By.tagName("h1")).getText()));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "expected the heading <" + expected + "> but it stayed <" + heading() + ">", e);
    }
  }

  /** Waits until the page shows this text (the page that the last action loads). */
  void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> text().contains(text));
  }

  /** The page's text; asked again if the page was replaced while it was being read. */
  String text() {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElement(By.tagName("body")).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
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
