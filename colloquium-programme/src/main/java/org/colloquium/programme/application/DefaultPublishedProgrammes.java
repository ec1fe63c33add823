package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.programme.api.PdfKind;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.programme.api.ReleasePdf;
import org.colloquium.programme.api.ReleaseSummary;
import org.colloquium.programme.domain.ProgrammeRepository;

/**
 * What the public reads of events' releases. A release never changes once published, so the parsed
 * ones are kept in memory by id (the few most recently read): a feed, a page and a PDF job of the
 * same release parse it once.
 */
@ApplicationScoped
@Transactional
public class DefaultPublishedProgrammes implements PublishedProgrammes {

  private static final int KEPT = 32;

  @Inject EventDirectory events;
  @Inject ProgrammeRepository programme;
  @Inject FileStore files;

  private final Map<Long, PublishedProgramme> parsed =
      Collections.synchronizedMap(
          new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PublishedProgramme> eldest) {
              return size() > KEPT;
            }
          });

  @Override
  public Optional<PublishedProgramme> current(String slug, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .flatMap(event -> programme.newestKey(event.id()))
        .map(key -> read((Long) key[0]));
  }

  @Override
  public Optional<PublishedProgramme> release(String slug, int version, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .flatMap(event -> programme.release(event.id(), version))
        .map(release -> read(release.id()));
  }

  @Override
  public List<ReleaseSummary> releases(String slug, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .map(
            event ->
                programme.summaries(event.id()).stream()
                    .map(
                        row ->
                            new ReleaseSummary((Integer) row[0], (Instant) row[1], (String) row[2]))
                    .toList())
        .orElse(List.of());
  }

  private PublishedProgramme read(Long releaseId) {
    PublishedProgramme kept = parsed.get(releaseId);
    if (kept != null) {
      return kept;
    }
    PublishedProgramme read =
        ReleaseContent.read(programme.release(releaseId).orElseThrow().content());
    parsed.put(releaseId, read);
    return read;
  }

  @Override
  public Optional<ReleasePdf> pdf(String slug, Integer version, PdfKind kind, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .flatMap(
            event ->
                version == null
                    ? programme.newestKey(event.id()).flatMap(k -> programme.release((Long) k[0]))
                    : programme.release(event.id(), version))
        .flatMap(
            release ->
                (kind == PdfKind.PROGRAMME ? release.programmePdf() : release.bookPdf())
                    .flatMap(files::read)
                    .map(
                        file ->
                            new ReleasePdf(release.number(), kind, file.sha256(), file.bytes())));
  }

  @Override
  public Set<PdfKind> readyPdfs(String slug, Long viewerId) {
    Set<PdfKind> ready = EnumSet.noneOf(PdfKind.class);
    events
        .visible(slug, viewerId)
        .flatMap(event -> programme.newestKey(event.id()))
        .flatMap(k -> programme.release((Long) k[0]))
        .ifPresent(
            release -> {
              release.programmePdf().ifPresent(sha -> ready.add(PdfKind.PROGRAMME));
              release.bookPdf().ifPresent(sha -> ready.add(PdfKind.BOOK_OF_ABSTRACTS));
            });
    return ready;
  }
}
