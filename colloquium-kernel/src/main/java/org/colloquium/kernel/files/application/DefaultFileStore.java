package org.colloquium.kernel.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.Freed;
import org.colloquium.kernel.files.domain.StoredFile;
import org.colloquium.kernel.files.domain.StoredFileRepository;

/** The module's implementation of {@link FileStore}. */
@ApplicationScoped
@Transactional
public class DefaultFileStore implements FileStore {

  @Inject StoredFileRepository files;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public String store(CheckedContent content) {
    files.addIfAbsent(new StoredFile(content, clock.instant()));
    return content.sha256();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Freed deleteUnreferenced(Instant storedBefore, int limit) {
    return files.deleteUnreferenced(storedBefore, limit);
  }

  @Override
  public Optional<FileContent> read(String sha256) {
    if (sha256 == null) {
      return Optional.empty();
    }
    return files.find(sha256).map(f -> new FileContent(f.sha256(), f.content(), f.contentType()));
  }

  @Override
  public Optional<Long> sizeOf(String sha256) {
    return sha256 == null ? Optional.empty() : files.sizeOf(sha256);
  }
}
