package org.colloquium.submissions.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquium.submissions.api.SubmissionState;

/**
 * An abstract (and, if the call asks, a PDF) sent to an event's call for papers, with its authors
 * in order. Numbered per event for humans ("#12"). Whether a change is allowed at a given moment
 * depends on the call's deadline, which the application checks before calling the mutators here;
 * the state rules themselves ({@link #submit}, {@link #withdraw}) are kept here.
 */
@Entity
@Table(name = "submission")
public class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
  @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false, updatable = false)
  private Long eventId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "submitter_id", nullable = false, updatable = false)
  private Long submitterId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SubmissionState state = SubmissionState.DRAFT;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "abstract_text", nullable = false, length = 60000)
  private String abstractText;

  @Column(length = 2000)
  private String keywords;

  @Column(name = "track_id")
  private Long trackId;

  @Column(name = "presentation_type_id")
  private Long presentationTypeId;

  @Column(nullable = false, length = 3)
  private String language;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "file_pages")
  private Integer filePages;

  @Column(name = "final_file_sha256", length = 64)
  private String finalFileSha256;

  @Column(name = "final_file_name", length = 255)
  private String finalFileName;

  @Column(name = "final_file_size")
  private Long finalFileSize;

  @Column(name = "final_file_pages")
  private Integer finalFilePages;

  @Column(name = "final_changed_at")
  private Instant finalChangedAt;

  @Column(name = "duplicate_of")
  private Long duplicateOf;

  @Column(name = "idempotency_key", nullable = false, length = 64, updatable = false)
  private String idempotencyKey;

  @Column(name = "search_text", nullable = false, length = 64000)
  private String searchText;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  /** One address per line, see {@link #coAuthorsNotNotified}. */
  @Column(name = "coauthors_not_notified", length = 8000)
  private String coAuthorsNotNotified;

  @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SubmissionAuthor> authors = new ArrayList<>();

  /** Committee members the authors declared a conflict of interest with, and why. */
  @ElementCollection
  @CollectionTable(name = "submission_conflict", joinColumns = @JoinColumn(name = "submission_id"))
  @MapKeyColumn(name = "account_id")
  @Column(name = "reason", nullable = false, length = 300)
  private Map<Long, String> declaredConflicts = new HashMap<>();

  protected Submission() {}

  public Submission(
      Long eventId,
      int number,
      Long submitterId,
      String idempotencyKey,
      SubmissionContent content,
      Instant now) {
    if (number < 1) {
      throw new IllegalArgumentException("numbers start at 1: " + number);
    }
    this.eventId = Objects.requireNonNull(eventId);
    this.number = number;
    this.submitterId = Objects.requireNonNull(submitterId);
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
    this.createdAt = now;
    rewrite(content, now);
    addAuthors(content);
  }

  /**
   * Replaces the text fields. Authors are replaced in two steps ({@link #clearAuthors}, a flush,
   * then {@link #addAuthors}) because the database checks unique positions and addresses per
   * statement, and Hibernate inserts new rows before it deletes old ones.
   */
  public void rewrite(SubmissionContent content, Instant now) {
    requireNotWithdrawn();
    this.title = content.title();
    this.abstractText = content.abstractText();
    this.keywords = content.keywords().isEmpty() ? null : String.join("\n", content.keywords());
    this.trackId = content.trackId();
    this.presentationTypeId = content.presentationTypeId();
    this.language = content.language();
    this.updatedAt = now;
    this.searchText = searchTextOf(content);
    if (content.declaredConflicts() != null) {
      declaredConflicts.keySet().retainAll(content.declaredConflicts().keySet());
      declaredConflicts.putAll(content.declaredConflicts());
    }
  }

  /** The committee members the authors declared a conflict of interest with, and why. */
  public Map<Long, String> declaredConflicts() {
    return Map.copyOf(declaredConflicts);
  }

  public void clearAuthors() {
    authors.clear();
  }

  public void addAuthors(SubmissionContent content) {
    if (!authors.isEmpty()) {
      throw new IllegalStateException("clear the authors (and flush) before adding new ones");
    }
    int position = 1;
    for (SubmissionContent.Author author : content.authors()) {
      authors.add(new SubmissionAuthor(this, position++, author));
    }
  }

  /** Hands the submission in. Submitting again (a retried request) changes nothing. */
  public void submit(Instant now) {
    requireNotWithdrawn();
    if (state == SubmissionState.DRAFT) {
      state = SubmissionState.SUBMITTED;
      submittedAt = now;
      updatedAt = now;
    }
  }

  /** Takes the submission back for good; it stays visible to its authors and the organisers. */
  public void withdraw(Instant now) {
    if (state != SubmissionState.WITHDRAWN) {
      state = SubmissionState.WITHDRAWN;
      withdrawnAt = now;
      updatedAt = now;
    }
  }

  public void attachFile(String sha256, String name, long size, int pages, Instant now) {
    requireNotWithdrawn();
    this.fileSha256 = Objects.requireNonNull(sha256);
    this.fileName = Objects.requireNonNull(name);
    this.fileSize = size;
    this.filePages = pages;
    this.updatedAt = now;
  }

  public void removeFile(Instant now) {
    requireNotWithdrawn();
    this.fileSha256 = null;
    this.fileName = null;
    this.fileSize = null;
    this.filePages = null;
    this.updatedAt = now;
  }

  /**
   * Attaches the final (camera-ready) PDF of an accepted submission. The reviewed PDF stays: the
   * committee's reviews refer to it.
   */
  public void attachFinalFile(String sha256, String name, long size, int pages, Instant now) {
    requireSubmitted();
    this.finalFileSha256 = Objects.requireNonNull(sha256);
    this.finalFileName = Objects.requireNonNull(name);
    this.finalFileSize = size;
    this.finalFilePages = pages;
    finalVersionChanged(now);
  }

  public void removeFinalFile(Instant now) {
    requireSubmitted();
    this.finalFileSha256 = null;
    this.finalFileName = null;
    this.finalFileSize = null;
    this.finalFilePages = null;
    finalVersionChanged(now);
  }

  /** Remembers that the authors saved the final version (its texts, authors or PDF) now. */
  public void finalVersionChanged(Instant now) {
    requireSubmitted();
    this.finalChangedAt = now;
    this.updatedAt = now;
  }

  /** Marks this submission as a duplicate of another of the same event, or clears it (null). */
  public void markDuplicateOf(Submission original) {
    if (original == null) {
      duplicateOf = null;
      return;
    }
    if (original.id.equals(id)) {
      throw new IllegalArgumentException("a submission cannot duplicate itself");
    }
    if (!original.eventId.equals(eventId)) {
      throw new IllegalArgumentException("duplicates belong to the same event");
    }
    duplicateOf = original.id;
  }

  public SubmissionContent content() {
    return new SubmissionContent(
        title,
        abstractText,
        keywords(),
        trackId,
        presentationTypeId,
        language,
        authors.stream().map(SubmissionAuthor::content).toList(),
        Map.copyOf(declaredConflicts));
  }

  private void requireSubmitted() {
    if (state != SubmissionState.SUBMITTED) {
      throw new IllegalStateException("submission " + id + " is not handed in");
    }
  }

  private void requireNotWithdrawn() {
    if (state == SubmissionState.WITHDRAWN) {
      throw new IllegalStateException("submission " + id + " is withdrawn");
    }
  }

  static String searchTextOf(SubmissionContent content) {
    String authorsText =
        content.authors().stream()
            .map(
                a ->
                    a.fullName()
                        + " "
                        + a.email().value()
                        + " "
                        + Objects.toString(a.affiliation(), ""))
            .collect(Collectors.joining(" "));
    String all =
        String.join(
            " ",
            content.title(),
            String.join(" ", content.keywords()),
            authorsText,
            content.abstractText());
    String normalised = SearchText.normalise(all);
    return normalised.length() > 64000 ? normalised.substring(0, 64000) : normalised;
  }

  /**
   * The co-authors whose notice a daily mail quota held back, in author order; only addresses that
   * are still authors count.
   */
  public List<String> coAuthorsNotNotified() {
    if (coAuthorsNotNotified == null) {
      return List.of();
    }
    List<String> held = List.of(coAuthorsNotNotified.split("\n"));
    return authors.stream().map(SubmissionAuthor::email).filter(held::contains).toList();
  }

  /** Remembers whose notice was held back by the last save (an empty list: nobody's). */
  public void coAuthorsNotNotified(java.util.Collection<String> emails) {
    List<String> held =
        authors.stream().map(SubmissionAuthor::email).filter(emails::contains).toList();
    coAuthorsNotNotified = held.isEmpty() ? null : String.join("\n", held);
  }

  public boolean isAuthor(String email) {
    return email != null && authors.stream().anyMatch(a -> a.email().equals(email));
  }

  /** Whether this address belongs to a co-author the submitter allowed to edit. */
  public boolean isEditingAuthor(String email) {
    return email != null && authors.stream().anyMatch(a -> a.email().equals(email) && a.mayEdit());
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

  public int number() {
    return number;
  }

  public Long submitterId() {
    return submitterId;
  }

  public SubmissionState state() {
    return state;
  }

  public String title() {
    return title;
  }

  public String abstractText() {
    return abstractText;
  }

  public List<String> keywords() {
    return keywords == null ? List.of() : Arrays.asList(keywords.split("\n"));
  }

  public Long trackId() {
    return trackId;
  }

  public Long presentationTypeId() {
    return presentationTypeId;
  }

  public String language() {
    return language;
  }

  public Optional<String> fileSha256() {
    return Optional.ofNullable(fileSha256);
  }

  public String fileName() {
    return fileName;
  }

  public Long fileSize() {
    return fileSize;
  }

  public Integer filePages() {
    return filePages;
  }

  /** The reviewed PDF as pages and lists show it, or null without one. */
  public org.colloquium.submissions.api.FileInfo fileInfo() {
    return fileSha256 == null
        ? null
        : new org.colloquium.submissions.api.FileInfo(fileName, fileSize, filePages, fileSha256);
  }

  /** The final version's PDF as pages and lists show it, or null without one. */
  public org.colloquium.submissions.api.FileInfo finalFileInfo() {
    return finalFileSha256 == null
        ? null
        : new org.colloquium.submissions.api.FileInfo(
            finalFileName, finalFileSize, finalFilePages, finalFileSha256);
  }

  public Optional<String> finalFileSha256() {
    return Optional.ofNullable(finalFileSha256);
  }

  public String finalFileName() {
    return finalFileName;
  }

  public Long finalFileSize() {
    return finalFileSize;
  }

  public Integer finalFilePages() {
    return finalFilePages;
  }

  public Optional<Instant> finalChangedAt() {
    return Optional.ofNullable(finalChangedAt);
  }

  public Optional<Long> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public List<SubmissionAuthor> authors() {
    return List.copyOf(authors);
  }
}
