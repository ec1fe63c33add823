package org.colloquium.programme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    release.claimPdfs(Instant.EPOCH);
    assertEquals(Release.PdfState.RUNNING, release.pdfState());
    release.pdfsMade("a".repeat(64), 3, "b".repeat(64), 40);
    assertEquals(Release.PdfState.DONE, release.pdfState());
  }

  @Test
  void aStoppingNodeHandsBackWhatItWasMakingAndNothingElse() {
    Release running = release();
    running.claimPdfs(Instant.EPOCH);
    running.handBackPdfs();
    assertEquals(Release.PdfState.PENDING, running.pdfState(), "another node takes it at once");

    Release done = release();
    done.claimPdfs(Instant.EPOCH);
    done.pdfsMade("a".repeat(64), 3, "b".repeat(64), 40);
    done.handBackPdfs();
    assertEquals(Release.PdfState.DONE, done.pdfState(), "finished just before the stop");

    Release failed = release();
    failed.claimPdfs(Instant.EPOCH);
    failed.pdfsFailed("IllegalArgumentException");
    failed.handBackPdfs();
    assertEquals(Release.PdfState.FAILED, failed.pdfState());
  }
}
