package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.jobs.ClaimedWork;
import org.colloquium.kernel.jobs.Heartbeating;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Release;
import org.colloquium.programme.domain.pdf.BookOfAbstracts;
import org.colloquium.programme.domain.pdf.ProgrammePdf;

/**
 * Makes every release's programme PDF and book of abstracts, off any request: a node claims a
 * release whose PDFs are pending (or whose maker stopped renewing its claim for the lease — that
 * node died), renders both outside any transaction, and stores them as files in another, if its
 * claim still holds. Since each release is made once and never changes, its PDFs are made once too.
 */
@ApplicationScoped
public class ReleasePdfs implements Heartbeating {

  private static final Logger LOG = Logger.getLogger(ReleasePdfs.class.getName());

  @Inject Steps steps;

  /** The releases this node is making now, to renew and to hand back if it stops first. */
  private final ClaimedWork inHand = new ClaimedWork("the PDFs of release", LOG);

  /** Makes the PDFs of the releases waiting for them, one after another; how many. */
  public int makePending() {
    return inHand.workOnAll(
        steps::claim,
        this::make,
        (held, e) -> {
          LOG.log(Level.WARNING, "The PDFs of release " + held.id() + " failed", e);
          steps.failed(held.id(), held.token(), e.getClass().getSimpleName());
        });
  }

  @Override
  public void beat() {
    inHand.beat(steps::beat);
  }

  private void make(ClaimedWork.Held held) {
    Long releaseId = held.id();
    long started = System.nanoTime();
    PublishedProgramme programme = steps.content(releaseId);
    byte[] programmePdf = ProgrammePdf.render(programme, programme.event().language());
    byte[] book =
        new BookOfAbstracts(steps::logo)
            .render(programme, programme.event().language(), BookOfAbstracts.Grouping.TRACKS);
    if (!steps.store(releaseId, held.token(), programmePdf, book)) {
      LOG.warning(
          () -> "The PDFs of release " + releaseId + " were taken over by another node: dropped");
      return;
    }
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
   * again at once: otherwise they would wait a lease for another node, or for this one once it is
   * back, and the event page would have no PDF meanwhile.
   */
  void handBack(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stoppingApplication) {
    inHand.stop(held -> steps.handBack(held.id(), held.token()));
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
    @Inject Settings settings;

    /** A release whose PDFs are pending, or whose maker stopped renewing its claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim(String token) {
      Instant now = clock.instant();
      return programme
          .claimReleaseForPdfs(now.minus(settings.jobLease()))
          .map(
              release -> {
                release
                    .pdfClaimToken()
                    .ifPresent(
                        old ->
                            LOG.warning(
                                () ->
                                    "The PDFs of release "
                                        + release.id()
                                        + " are taken over from "
                                        + old
                                        + ", whose node stopped renewing its claim"));
                release.claimPdfs(now, token);
                return release.id();
              });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean beat(Long releaseId, String token) {
      return programme.beatReleasePdfs(releaseId, token, clock.instant());
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

    /**
     * Stores the PDFs, unless another node has taken them over meanwhile.
     *
     * @return whether they were stored
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(Long releaseId, String token, byte[] programmePdf, byte[] book) {
      Optional<Release> release = held(releaseId, token);
      release.ifPresent(
          r ->
              r.pdfsMade(
                  files.store(new CheckedContent(programmePdf, "application/pdf")),
                  pages(programmePdf),
                  files.store(new CheckedContent(book, "application/pdf")),
                  pages(book)));
      return release.isPresent();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handBack(Long releaseId, String token) {
      held(releaseId, token).ifPresent(Release::handBackPdfs);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long releaseId, String token, String message) {
      held(releaseId, token).ifPresent(r -> r.pdfsFailed(message));
    }

    /** The release, locked, if the claim {@code token} still holds its PDFs. */
    private Optional<Release> held(Long releaseId, String token) {
      return programme.lockedRelease(releaseId).filter(r -> r.pdfsHeldBy(token));
    }
  }
}
