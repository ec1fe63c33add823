package org.colloquium.kernel.files.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps checked bytes and gives them back by key. Storing joins the caller's transaction, so a file
 * and the row that refers to it are committed together or not at all.
 */
public interface FileStore {
  /** Stores the content unless identical bytes are already stored; returns its key. */
  String store(CheckedContent content);

  /**
   * Deletes at most {@code limit} files that were last stored before {@code storedBefore} and that
   * nothing refers to, in a transaction of its own: a batch that fails (a reference appeared
   * meanwhile) takes back only its own deletions.
   */
  Freed deleteUnreferenced(Instant storedBefore, int limit);

  Optional<FileContent> read(String sha256);

  Optional<Long> sizeOf(String sha256);
}
