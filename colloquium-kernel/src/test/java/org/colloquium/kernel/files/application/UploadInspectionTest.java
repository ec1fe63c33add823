package org.colloquium.kernel.files.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.files.domain.HostileFiles;
import org.colloquium.kernel.files.domain.TestPdfs;
import org.colloquium.kernel.validation.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UploadInspectionTest {

  private static final PdfLimits TEN_MB = PdfLimits.ofMegabytes(10);
  private static final Long AUTHOR = 42L;

  private final List<DefaultUploadInspection> pools = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  // One thread per request, as a server has: each occupier blocks.
  private final ExecutorService requests = Executors.newCachedThreadPool();

  /** Without the express lane, so that the places the tests fill are the ones they count. */
  private DefaultUploadInspection pool(int threads, Duration time) {
    DefaultUploadInspection inspection = DefaultUploadInspection.of(threads, time, false);
    pools.add(inspection);
    return inspection;
  }

  @AfterEach
  void stopPools() {
    release.countDown();
    pools.forEach(DefaultUploadInspection::stop);
    requests.shutdownNow();
  }

  /** Occupies a checker (or a waiting place) until the test ends; returns once it is taken. */
  private CompletableFuture<DefaultUploadInspection.Outcome<String>> occupy(
      DefaultUploadInspection inspection, Object owner) {
    return occupy(inspection, owner, new CountDownLatch(1));
  }

  /**
   * As {@link #occupy(DefaultUploadInspection, Object)}, counting {@code checking} down once
   * checked.
   */
  private CompletableFuture<DefaultUploadInspection.Outcome<String>> occupy(
      DefaultUploadInspection inspection, Object owner, CountDownLatch checking) {
    return CompletableFuture.supplyAsync(
        () ->
            inspection.run(
                owner,
                () -> {
                  checking.countDown();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return "done";
                }),
        requests);
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Test
  void checksFilesOnItsPool() {
    DefaultUploadInspection inspection = pool(2, Duration.ofSeconds(10));
    assertInstanceOf(
        PdfInspection.Accepted.class, inspection.pdf(AUTHOR, TestPdfs.withPages("Text"), TEN_MB));
    assertEquals(
        new PdfInspection.Refused(PdfRefusal.LAUNCHES_APPLICATIONS),
        inspection.pdf(AUTHOR, HostileFiles.launch(), TEN_MB));
    assertEquals(
        "image/png",
        inspection.image(AUTHOR, "logo", HostileFiles.image("png", 40, 20)).contentType());
    var refused =
        assertThrows(
            ValidationException.class,
            () -> inspection.publicPdf(AUTHOR, "file", HostileFiles.xfaForm()));
    assertEquals("file.pdf.containsXfa", refused.problems().get(0).messageKey());
    assertTrue(inspection.stripMetadata(AUTHOR, TestPdfs.withPages("Text")).isPresent());
  }

  @Test
  void aFileThatFindsEveryCheckerAndWaitingPlaceTakenIsRefusedAtOnceAsBusy() throws Exception {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(30));
    for (int i = 0; i < 1 + DefaultUploadInspection.WAITING_PER_THREAD; i++) {
      occupy(inspection, "occupier " + i);
    }
    long start = System.nanoTime();
    while (inspection.waiting() < DefaultUploadInspection.WAITING_PER_THREAD
        && millisSince(start) < 10_000) {
      Thread.sleep(20);
    }
    assertEquals(
        DefaultUploadInspection.WAITING_PER_THREAD, inspection.waiting(), "every place taken");
    assertEquals(PdfRefusal.BUSY, inspection.run("occupier 0", () -> "checked").refusal());
    long before = System.nanoTime();
    assertEquals(
        new PdfInspection.Refused(PdfRefusal.BUSY),
        inspection.pdf("occupier 1", TestPdfs.withPages("Text"), TEN_MB));
    assertTrue(millisSince(before) < 1_000, "refused without waiting");
    var busy =
        assertThrows(
            ValidationException.class,
            () -> inspection.image("occupier 2", "logo", HostileFiles.image("png", 4, 4)));
    assertEquals("file.busy", busy.problems().get(0).messageKey());
  }

  @Test
  void aFileThatWaitedAsLongAsACheckMayTakeIsRefusedAsBusyAndNeverChecked() throws Exception {
    DefaultUploadInspection inspection = pool(1, Duration.ofMillis(300));
    var first = occupy(inspection, "occupier");
    Thread.sleep(100);
    AtomicBoolean ran = new AtomicBoolean();
    long start = System.nanoTime();
    DefaultUploadInspection.Outcome<String> outcome =
        inspection.run(
            AUTHOR,
            () -> {
              ran.set(true);
              return "checked";
            });
    assertEquals(PdfRefusal.BUSY, outcome.refusal());
    assertTrue(millisSince(start) < 2_000);
    release.countDown();
    assertEquals("done", first.get(5, TimeUnit.SECONDS).value());
    Thread.sleep(100);
    assertTrue(!ran.get(), "a check nobody waits for any more is dropped");
    assertEquals("again", inspection.run(AUTHOR, () -> "again").value());
  }

  @Test
  void aCheckThatDoesNotFinishInTimeIsRefusedAsTooSlow() {
    DefaultUploadInspection inspection = pool(1, Duration.ofMillis(100));
    long start = System.nanoTime();
    DefaultUploadInspection.Outcome<String> outcome =
        inspection.run(
            AUTHOR,
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "late";
            });
    assertEquals(PdfRefusal.TOO_SLOW, outcome.refusal());
    long waited = millisSince(start);
    assertTrue(
        waited < 100 + DefaultUploadInspection.GRACE.toMillis() + 1_000,
        "waited " + waited + " ms");
  }

  @Test
  void aCheckThatRunsOutOfMemoryRefusesTheFileAndTheCheckerGoesOn() {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(10));
    assertEquals(
        PdfRefusal.TOO_COMPLEX,
        inspection
            .run(
                AUTHOR,
                () -> {
                  throw new OutOfMemoryError("Java heap space");
                })
            .refusal());
    assertEquals("next", inspection.run(AUTHOR, () -> "next").value());
  }

  @Test
  void theProblemsOfAFileReachTheCallerAsTheyAre() {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(10));
    var e =
        assertThrows(
            ValidationException.class,
            () ->
                inspection.image(
                    AUTHOR,
                    "logo",
                    "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertEquals("file.image.notAnImage", e.problems().get(0).messageKey());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            inspection.stripMetadata(
                AUTHOR, "not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  /** Lets {@code owner} use a checker for about {@code millis}, so that it has used it lately. */
  private static void use(DefaultUploadInspection inspection, Object owner, long millis) {
    inspection.run(
        owner,
        () -> {
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "used";
        });
  }

  /** Occupies a checker, and returns once it is checking (not waiting in line). */
  private CompletableFuture<DefaultUploadInspection.Outcome<String>> occupyChecker(
      DefaultUploadInspection inspection, Object owner) throws InterruptedException {
    CountDownLatch checking = new CountDownLatch(1);
    var occupied = occupy(inspection, owner, checking);
    assertTrue(checking.await(10, TimeUnit.SECONDS), "a checker took it");
    return occupied;
  }

  private static void awaitWaiting(DefaultUploadInspection inspection, int count)
      throws InterruptedException {
    long start = System.nanoTime();
    while (inspection.waiting() < count && millisSince(start) < 10_000) {
      Thread.sleep(10);
    }
    assertEquals(count, inspection.waiting());
  }

  @Test
  void aFileOfSomeoneWhoHasHadLittleOfTheCheckersGoesBeforeOneOfSomeoneWhoHasHadMuch()
      throws Exception {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(30));
    use(inspection, "bomber", 50);
    occupyChecker(inspection, "occupier");
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    var bomb =
        CompletableFuture.runAsync(
            () -> inspection.run("bomber", () -> order.add("bomb")), requests);
    awaitWaiting(inspection, 1);
    var author =
        CompletableFuture.runAsync(
            () -> inspection.run(AUTHOR, () -> order.add("author")), requests);
    awaitWaiting(inspection, 2);
    release.countDown();
    CompletableFuture.allOf(bomb, author).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("author", "bomb"), order, "arrived second, checked first");
  }

  @Test
  void aRequesterHasAtMostTwoFilesInHandAndOthersAreNotHeldUpByThat() throws Exception {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(30));
    occupyChecker(inspection, "bomber");
    occupy(inspection, "bomber");
    awaitWaiting(inspection, 1);
    long before = System.nanoTime();
    assertEquals(PdfRefusal.BUSY, inspection.run("bomber", () -> "third").refusal());
    assertTrue(millisSince(before) < 1_000, "refused without waiting");
    var author =
        CompletableFuture.supplyAsync(() -> inspection.run(AUTHOR, () -> "checked"), requests);
    awaitWaiting(inspection, 2);
    release.countDown();
    assertEquals("checked", author.get(10, TimeUnit.SECONDS).value());
  }

  @Test
  void whenEveryPlaceIsTakenANewcomerTakesThePlaceOfTheFileWhoseOwnerHasHadMost() throws Exception {
    DefaultUploadInspection inspection = pool(1, Duration.ofSeconds(30));
    use(inspection, "heaviest", 200);
    use(inspection, "heavier still", 300);
    for (int i = 1; i < DefaultUploadInspection.WAITING_PER_THREAD; i++) {
      use(inspection, "bomber " + i, 20);
    }
    occupyChecker(inspection, "occupier");
    var heaviest = occupy(inspection, "heaviest");
    for (int i = 1; i < DefaultUploadInspection.WAITING_PER_THREAD; i++) {
      occupy(inspection, "bomber " + i);
    }
    awaitWaiting(inspection, DefaultUploadInspection.WAITING_PER_THREAD);
    var author =
        CompletableFuture.supplyAsync(() -> inspection.run(AUTHOR, () -> "checked"), requests);
    assertEquals(
        PdfRefusal.BUSY,
        heaviest.get(5, TimeUnit.SECONDS).refusal(),
        "told at once to come back, not left waiting");
    // The refused file leaves the queue before the newcomer is counted in it: wait for the count.
    awaitWaiting(inspection, DefaultUploadInspection.WAITING_PER_THREAD);
    assertEquals(
        PdfRefusal.BUSY,
        inspection.run("heavier still", () -> "again").refusal(),
        "someone with more use than every waiting file finds no place");
    release.countDown();
    assertEquals("checked", author.get(10, TimeUnit.SECONDS).value());
  }

  @Test
  void whenEveryCheckerIsBusyTheFileOfSomeoneWhoHasHadLittleTakesTheExpressLane() throws Exception {
    DefaultUploadInspection inspection =
        DefaultUploadInspection.of(1, Duration.ofSeconds(30), true);
    pools.add(inspection);
    use(inspection, "bomber", 1_100);
    long idle = System.nanoTime();
    while (inspection.checking() > 0 && millisSince(idle) < 5_000) {
      Thread.sleep(10); // the checker counts as busy a moment after its answer
    }
    occupyChecker(inspection, "occupier");
    var bomb =
        CompletableFuture.supplyAsync(() -> inspection.run("bomber", () -> "bomb"), requests);
    awaitWaiting(inspection, 1);
    long before = System.nanoTime();
    assertEquals("checked", inspection.run(AUTHOR, () -> "checked").value());
    assertTrue(millisSince(before) < 2_000, "not behind the busy checker");
    assertEquals(1, inspection.waiting(), "someone with much use waits in line for the checker");
    release.countDown();
    assertEquals("bomb", bomb.get(10, TimeUnit.SECONDS).value());
  }
}
