package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.events.api.AttachmentKind;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A PDF the organisers publish with the event (press release, programme). The bytes are a stored
 * file of the kernel; the file name is the one visitors download it under, unique in the event.
 */
@PublicContent
@Entity
@Table(name = "event_attachment")
public class EventAttachment extends EventMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_attachment_seq")
  @SequenceGenerator(
      name = "event_attachment_seq",
      sequenceName = "event_attachment_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttachmentKind kind;

  @Column(nullable = false, length = MaterialRules.NAME_MAX)
  private String title;

  /** The language of the document, or null when it has none in particular. */
  @Enumerated(EnumType.STRING)
  @Column(length = 2)
  private Language language;

  @Column(name = "file_name", nullable = false, length = MaterialRules.FILE_NAME_MAX)
  private String fileName;

  @Column(name = "file_sha256", nullable = false, length = 64)
  private String file;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EventAttachment() {}

  public EventAttachment(
      Long eventId,
      int position,
      AttachmentKind kind,
      String title,
      Language language,
      String fileName,
      String file,
      Instant createdAt) {
    super(eventId, position);
    this.kind = Objects.requireNonNull(kind);
    this.title = MaterialRules.requireName(title);
    this.language = language;
    this.fileName = Objects.requireNonNull(fileName);
    this.file = Objects.requireNonNull(file);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  @Override
  public Long id() {
    return id;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public Language language() {
    return language;
  }

  public String fileName() {
    return fileName;
  }

  public String file() {
    return file;
  }
}
