package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.PdfInspection;
import org.colloquium.kernel.files.api.PdfLimits;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.files.api.UploadInspection;

/**
 * What the inspection of a stored PDF found, by the file's SHA-256. Stored files never change, so
 * neither does their summary: showing a submission (its double-blind warnings) reuses it instead of
 * reading the whole file from the database and parsing it again on every view, which the deadline
 * rush showed to cost more than the upload itself. A miss costs one read and one inspection (on the
 * checkers' pool, like an upload), as before. Per server, so nothing to keep consistent across
 * nodes.
 *
 * <p>Bounded twice: at most {@link #CAPACITY} summaries, and at most {@link #MAX_CHARACTERS}
 * characters in all (each summary's texts are already cut, see {@link PdfSummary}); the least
 * recently used go first.
 */
@ApplicationScoped
public class PdfSummaries {

  static final int CAPACITY = 1_000;

  /**
   * Whose checks these are for the checkers' fair order: summaries of files already stored, asked
   * for by whoever views them, all counted as one requester.
   */
  static final String OWNER = "stored-file-summaries";

  /**
   * Characters kept in all: some 8 MB. A title page has a few thousand characters, so the count
   * usually decides; a crowd of files with the longest texts cannot make the cache grow beyond
   * this.
   */
  static final long MAX_CHARACTERS = 4_000_000;

  @Inject FileStore files;
  @Inject UploadInspection inspection;

  // Access order: the least recently used first. Guarded by this.
  private final LinkedHashMap<String, PdfSummary> bySha256 = new LinkedHashMap<>(64, 0.75f, true);
  private long characters;

  /** Notes the summary of bytes just stored under {@code sha256}. */
  synchronized void remember(String sha256, PdfSummary summary) {
    PdfSummary earlier = bySha256.put(sha256, summary);
    if (earlier != null) {
      characters -= earlier.characters();
    }
    characters += summary.characters();
    Iterator<Map.Entry<String, PdfSummary>> eldest = bySha256.entrySet().iterator();
    while ((bySha256.size() > CAPACITY || characters > MAX_CHARACTERS) && eldest.hasNext()) {
      characters -= eldest.next().getValue().characters();
      eldest.remove();
    }
  }

  private synchronized PdfSummary known(String sha256) {
    return bySha256.get(sha256);
  }

  /** How many summaries and characters are kept now. */
  synchronized long[] held() {
    return new long[] {bySha256.size(), characters};
  }

  /**
   * The summary of the stored file; empty if there is none, it no longer passes inspection, or it
   * could not be inspected now (the server is busy checking uploads; asked again next time).
   */
  Optional<PdfSummary> of(String sha256) {
    PdfSummary known = known(sha256);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<PdfSummary> summary =
        files
            .read(sha256)
            .map(FileContent::bytes)
            .map(bytes -> inspection.pdf(OWNER, bytes, PdfLimits.ofBytes(Long.MAX_VALUE)))
            .filter(PdfInspection.Accepted.class::isInstance)
            .map(accepted -> ((PdfInspection.Accepted) accepted).summary());
    summary.ifPresent(s -> remember(sha256, s));
    return summary;
  }
}
