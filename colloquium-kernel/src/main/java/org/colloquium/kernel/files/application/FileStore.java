package org.colloquium.kernel.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.files.domain.CheckedContent;
import org.colloquium.kernel.files.domain.Freed;
import org.colloquium.kernel.files.domain.StoredFile;
import org.colloquium.kernel.files.domain.StoredFileRepository;

/**
 * Keeps checked bytes and gives them back by key. Storing joins the caller's transaction, so a file
 * and the row that refers to it are committed together or not at all.
 */
@ApplicationScoped
@Transactional
public class FileStore {

  @Inject StoredFileRepository files;
  @Inject Clock clock;

  /** Stores the content unless identical bytes are already stored; returns its key. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String store(CheckedContent content) {
    files.addIfAbsent(new StoredFile(content, clock.instant()));
    return content.sha256();
  }

  /**
   * Deletes at most {@code limit} files that were last stored before {@code storedBefore} and that
   * nothing refers to, in a transaction of its own: a batch that fails (a reference appeared
   * meanwhile) takes back only its own deletions.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Freed deleteUnreferenced(Instant storedBefore, int limit) {
    return files.deleteUnreferenced(storedBefore, limit);
  }

  public Optional<FileContent> read(String sha256) {
    if (sha256 == null) {
      return Optional.empty();
    }
    return files.find(sha256).map(f -> new FileContent(f.sha256(), f.content(), f.contentType()));
  }

  public Optional<Long> sizeOf(String sha256) {
    return sha256 == null ? Optional.empty() : files.sizeOf(sha256);
  }
}
