package org.colloquium.events.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.colloquium.events.api.NewsState;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A news item of one event, or of the whole site when it has no event. Written in a primary
 * language, optionally translated into the other; public from its publication time on.
 */
@PublicContent
@Entity
@Table(name = "news_item")
public class NewsItem {

  /** The scope of site-wide items; event ids start at 1, so it never names an event. */
  public static final long SITE_SCOPE = 0L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
  @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id")
  private Long eventId;

  /**
   * The event's id, or {@link #SITE_SCOPE}: a non-null copy of the event that the unique constraint
   * on (scope, slug) can use, since NULLs never collide in unique constraints.
   */
  @Column(nullable = false)
  private long scope;

  @Column(nullable = false, length = Slug.MAX_LENGTH)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "primary_language", nullable = false, length = 2)
  private Language primaryLanguage;

  @ElementCollection
  @CollectionTable(name = "news_item_text", joinColumns = @JoinColumn(name = "news_item_id"))
  @MapKeyColumn(name = "language", length = 2)
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Language, NewsText> texts = new EnumMap<>(Language.class);

  /** Null while a draft. */
  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NewsItem() {}

  /**
   * A new draft.
   *
   * @param eventId the event, or null for a site-wide item
   */
  public NewsItem(
      Long eventId,
      Slug slug,
      Language primaryLanguage,
      NewsText text,
      Long authorId,
      Instant now) {
    this.eventId = eventId;
    this.scope = scopeOf(eventId);
    this.slug = slug.value();
    this.authorId = authorId;
    this.createdAt = Objects.requireNonNull(now);
    rewrite(primaryLanguage, text, null, now);
  }

  public static long scopeOf(Long eventId) {
    return eventId == null ? SITE_SCOPE : eventId;
  }

  /**
   * Replaces the texts: the primary one, and the translation into the other language (null for
   * none).
   */
  public void rewrite(Language primary, NewsText text, NewsText translation, Instant now) {
    this.primaryLanguage = Objects.requireNonNull(primary);
    Map<Language, NewsText> wanted = new EnumMap<>(Language.class);
    wanted.put(primary, Objects.requireNonNull(text));
    if (translation != null) {
      wanted.put(other(primary), translation);
    }
    // Only touch the collection where something changed, so an unchanged save stays unchanged.
    texts.keySet().retainAll(wanted.keySet());
    wanted.forEach(
        (language, t) -> {
          if (!t.equals(texts.get(language))) {
            texts.put(language, t);
          }
        });
    this.updatedAt = now;
  }

  /** Public from {@code at} on; a moment in the past publishes at once. */
  public void publishAt(Instant at, Instant now) {
    this.publishAt = Objects.requireNonNull(at);
    this.updatedAt = now;
  }

  /** Back to a draft: no longer public, whatever its publication time was. */
  public void unpublish(Instant now) {
    this.publishAt = null;
    this.updatedAt = now;
  }

  public NewsState stateAt(Instant now) {
    if (publishAt == null) {
      return NewsState.DRAFT;
    }
    return publishAt.isAfter(now) ? NewsState.SCHEDULED : NewsState.PUBLISHED;
  }

  public boolean isPublicAt(Instant now) {
    return stateAt(now) == NewsState.PUBLISHED;
  }

  /** The text in {@code wanted}, or else in the primary language. */
  public Map.Entry<Language, NewsText> textFor(Language wanted) {
    NewsText text = wanted == null ? null : texts.get(wanted);
    return text != null
        ? Map.entry(wanted, text)
        : Map.entry(primaryLanguage, texts.get(primaryLanguage));
  }

  public Optional<NewsText> text(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  public static Language other(Language language) {
    return language == Language.EN ? Language.RO : Language.EN;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Long eventId() {
    return eventId;
  }

  public Slug slug() {
    return new Slug(slug);
  }

  public Language primaryLanguage() {
    return primaryLanguage;
  }

  public Optional<Instant> publishAt() {
    return Optional.ofNullable(publishAt);
  }

  public Long authorId() {
    return authorId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
