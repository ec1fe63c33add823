package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.files.application.FileContent;
import org.colloquium.kernel.files.application.FileStore;
import org.colloquium.kernel.files.domain.PdfInspection;
import org.colloquium.kernel.files.domain.PdfInspector;
import org.colloquium.kernel.files.domain.PdfLimits;
import org.colloquium.kernel.files.domain.PdfSummary;

/**
 * What the inspection of a stored PDF found, by the file's SHA-256. Stored files never change, so
 * neither does their summary: showing a submission (its double-blind warnings) reuses it instead of
 * reading the whole file from the database and parsing it again on every view, which the deadline
 * rush showed to cost more than the upload itself. Bounded; a miss costs one read and one
 * inspection, as before. Per server, so nothing to keep consistent across nodes.
 */
@ApplicationScoped
public class PdfSummaries {

  static final int CAPACITY = 1_000;

  @Inject FileStore files;

  private final Map<String, PdfSummary> bySha256 =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PdfSummary> eldest) {
              return size() > CAPACITY;
            }
          });

  /** Notes the summary of bytes just stored under {@code sha256}. */
  void remember(String sha256, PdfSummary summary) {
    bySha256.put(sha256, summary);
  }

  /** The summary of the stored file; empty if there is none or it no longer passes inspection. */
  Optional<PdfSummary> of(String sha256) {
    PdfSummary known = bySha256.get(sha256);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<PdfSummary> summary =
        files
            .read(sha256)
            .map(FileContent::bytes)
            .map(bytes -> PdfInspector.inspect(bytes, PdfLimits.ofBytes(Long.MAX_VALUE)))
            .filter(PdfInspection.Accepted.class::isInstance)
            .map(inspection -> ((PdfInspection.Accepted) inspection).summary());
    summary.ifPresent(s -> remember(sha256, s));
    return summary;
  }
}
