package org.colloquium.kernel.files.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.kernel.files.api.CheckedContent;

/**
 * The bytes of an uploaded file, keyed by their SHA-256: the same logo uploaded twice is stored
 * once, and a key never changes its content, so references need no version. Never edited through
 * the entity: only {@link StoredFileRepository#addIfAbsent} moves {@code lastStoredAt} forward.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  // Lazy: listings ask for size and type and should not drag megabytes along.
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // Storing identical bytes again refreshes it, so that the collector of unreferenced files keeps
  // a file that someone is about to refer to again.
  @Column(name = "last_stored_at", nullable = false)
  private Instant lastStoredAt;

  protected StoredFile() {}

  public StoredFile(CheckedContent checked, Instant createdAt) {
    this.content = checked.bytes();
    this.sha256 = checked.sha256();
    this.size = checked.bytes().length;
    this.contentType = checked.contentType();
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastStoredAt = createdAt;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public long size() {
    return size;
  }

  public String contentType() {
    return contentType;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When these bytes were last stored: at creation, or later by an upload of the same bytes. */
  public Instant lastStoredAt() {
    return lastStoredAt;
  }
}
