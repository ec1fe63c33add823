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
import java.util.Objects;
import org.colloquium.events.api.MediaKind;
import org.colloquium.kernel.publicpages.PublicContent;

/** A link to media about the event elsewhere: a recording, a podcast, press coverage. */
@PublicContent
@Entity
@Table(name = "media_link")
public class MediaLink extends EventMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_link_seq")
  @SequenceGenerator(name = "media_link_seq", sequenceName = "media_link_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = MaterialRules.NAME_MAX)
  private String title;

  @Column(nullable = false, length = MaterialRules.URL_MAX)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MediaKind kind;

  protected MediaLink() {}

  public MediaLink(Long eventId, int position, String title, String url, MediaKind kind) {
    super(eventId, position);
    this.title = MaterialRules.requireName(title);
    if (!MaterialRules.isWebAddress(url)) {
      throw new IllegalArgumentException("not an http(s) address: " + url);
    }
    this.url = url.strip();
    this.kind = Objects.requireNonNull(kind);
  }

  @Override
  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String url() {
    return url;
  }

  public MediaKind kind() {
    return kind;
  }
}
