package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.jobs.ClaimedWork;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Release;
import org.colloquium.programme.domain.pdf.BookOfAbstracts;
import org.colloquium.programme.domain.pdf.ProgrammePdf;

/**
 * Makes every release's programme PDF and book of abstracts, off any request: a node claims a
 * release whose PDFs are pending (or whose maker has held it for {@link #STALE} — that node died),
 * renders both outside any transaction, and stores them as files in another. Since each release is
 * made once and never changes, its PDFs are made once too.
 */
@ApplicationScoped
public class ReleasePdfs {

  private static final Logger LOG = Logger.getLogger(ReleasePdfs.class.getName());

  /** Longer than the book of 5,000 abstracts takes on two cores (docs/performance.md). */
  static final Duration STALE = Duration.ofMinutes(10);

  @Inject Steps steps;

  /** The releases this node is making now, to hand back if it stops first. */
  private final ClaimedWork inHand = new ClaimedWork("the PDFs of release", LOG);

  /** Makes the PDFs of the releases waiting for them, one after another; how many. */
  public int makePending() {
    return inHand.workOnAll(
        steps::claim,
        this::make,
        (releaseId, e) -> {
          LOG.log(Level.WARNING, "The PDFs of release " + releaseId + " failed", e);
          steps.failed(releaseId, e.getClass().getSimpleName());
        });
  }

  private void make(Long releaseId) {
    long started = System.nanoTime();
    PublishedProgramme programme = steps.content(releaseId);
    byte[] programmePdf = ProgrammePdf.render(programme, programme.event().language());
    byte[] book =
        new BookOfAbstracts(steps::logo)
            .render(programme, programme.event().language(), BookOfAbstracts.Grouping.TRACKS);
    steps.store(releaseId, programmePdf, book);
    LOG.info(
        () ->
            String.format(
                java.util.Locale.ROOT,
                "Release %d of %s: PDFs made in %.1f s (%d contributions; %d and %d bytes)",
                programme.version(),
                programme.event().slug(),
                (System.nanoTime() - started) / 1e9,
                programme.contributions().size(),
                programmePdf.length,
                book.length));
  }

  /**
   * Before the application stops (redeployment, shutdown), the releases being made are pending
   * again at once: otherwise they would wait {@link #STALE} minutes for another node, or for this
   * one once it is back, and the event page would have no PDF meanwhile.
   */
  void handBack(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stoppingApplication) {
    inHand.stop(steps::handBack);
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The transactional steps, each its own transaction. */
  @ApplicationScoped
  public static class Steps {

    @Inject ProgrammeRepository programme;
    @Inject FileStore files;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim() {
      return programme
          .claimReleaseForPdfs(clock.instant().minus(STALE))
          .map(
              release -> {
                release.claimPdfs(clock.instant());
                return release.id();
              });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PublishedProgramme content(Long releaseId) {
      return ReleaseContent.read(programme.release(releaseId).orElseThrow().content());
    }

    /** A partner's logo, read in its own short transaction while the book is being made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> logo(String sha256) {
      return files.read(sha256).map(FileContent::bytes);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Long releaseId, byte[] programmePdf, byte[] book) {
      Release release = programme.release(releaseId).orElseThrow();
      release.pdfsMade(
          files.store(new CheckedContent(programmePdf, "application/pdf")),
          pages(programmePdf),
          files.store(new CheckedContent(book, "application/pdf")),
          pages(book));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handBack(Long releaseId) {
      programme.release(releaseId).ifPresent(Release::handBackPdfs);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long releaseId, String message) {
      programme.release(releaseId).ifPresent(r -> r.pdfsFailed(message));
    }
  }
}
