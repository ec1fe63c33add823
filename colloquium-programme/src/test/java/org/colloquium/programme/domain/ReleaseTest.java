package org.colloquium.programme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The states a release's PDFs go through, whichever node makes them. */
class ReleaseTest {

  private static Release release() {
    return new Release(1L, 1, Instant.EPOCH, 9L, "", new byte[0]);
  }

  @Test
  void pdfsAreMadeOnceClaimed() {
    Release release = release();
    assertEquals(Release.PdfState.PENDING, release.pdfState());
    release.claimPdfs(Instant.EPOCH, "node1:a");
    assertEquals(Release.PdfState.RUNNING, release.pdfState());
    release.pdfsMade("a".repeat(64), 3, "b".repeat(64), 40);
    assertEquals(Release.PdfState.DONE, release.pdfState());
  }

  @Test
  void aStoppingNodeHandsBackWhatItWasMakingAndNothingElse() {
    Release running = release();
    running.claimPdfs(Instant.EPOCH, "node1:a");
    running.handBackPdfs();
    assertEquals(Release.PdfState.PENDING, running.pdfState(), "another node takes it at once");

    Release done = release();
    done.claimPdfs(Instant.EPOCH, "node1:a");
    done.pdfsMade("a".repeat(64), 3, "b".repeat(64), 40);
    done.handBackPdfs();
    assertEquals(Release.PdfState.DONE, done.pdfState(), "finished just before the stop");

    Release failed = release();
    failed.claimPdfs(Instant.EPOCH, "node1:a");
    failed.pdfsFailed("IllegalArgumentException");
    failed.handBackPdfs();
    assertEquals(Release.PdfState.FAILED, failed.pdfState());
  }

  @Test
  void onlyTheClaimThatHoldsThePdfsHoldsThem() {
    Release release = release();
    assertFalse(release.pdfsHeldBy("node1:a"), "pending: nobody holds it");
    release.claimPdfs(Instant.EPOCH, "node1:a");
    assertTrue(release.pdfsHeldBy("node1:a"));
    // node1 froze past the lease; node2 takes the PDFs over.
    release.claimPdfs(Instant.EPOCH.plusSeconds(40), "node2:b");
    assertFalse(release.pdfsHeldBy("node1:a"), "the frozen node may no longer store");
    assertTrue(release.pdfsHeldBy("node2:b"));
    assertFalse(release.pdfsHeldBy(null));
    release.pdfsMade("a".repeat(64), 3, "b".repeat(64), 40);
    assertFalse(release.pdfsHeldBy("node2:b"), "made: nothing more to store");
    Release handedBack = release();
    handedBack.claimPdfs(Instant.EPOCH, "node1:a");
    handedBack.handBackPdfs();
    assertFalse(handedBack.pdfsHeldBy("node1:a"));
    assertEquals(java.util.Optional.empty(), handedBack.pdfClaimToken());
  }
}
