package org.colloquium.programme.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A published release of an event's programme: what the public got, frozen (the gzip of its JSON,
 * see {@code ReleaseContent}), never changed afterwards, so that the organisers edit the next one
 * while everyone reads this.
 */
@Entity
@Table(name = "programme_release")
@PublicContent
public class Release {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_release_seq")
  @SequenceGenerator(
      name = "programme_release_seq",
      sequenceName = "programme_release_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "release_no", nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by")
  private Long publishedBy;

  @Column(nullable = false, length = 20000)
  private String changelog;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  /** Where the release's PDFs are: PENDING until a node claims them (RUNNING), then DONE. */
  public enum PdfState {
    PENDING,
    RUNNING,
    DONE,
    FAILED
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "pdf_state", nullable = false, length = 7)
  private PdfState pdfState = PdfState.PENDING;

  /** When the node making the PDFs last said it is alive: renewed while it works. */
  @Column(name = "pdf_claimed_at")
  private Instant pdfClaimedAt;

  @Column(name = "pdf_claim_token", length = 80)
  private String pdfClaimToken;

  @Column(name = "pdf_message", length = 300)
  private String pdfMessage;

  @Column(name = "programme_pdf", length = 64)
  private String programmePdf;

  @Column(name = "programme_pages")
  private Integer programmePages;

  @Column(name = "book_pdf", length = 64)
  private String bookPdf;

  @Column(name = "book_pages")
  private Integer bookPages;

  protected Release() {}

  public Release(Long eventId, int number, Instant at, Long by, String changelog, byte[] content) {
    this.eventId = eventId;
    this.number = number;
    this.publishedAt = at;
    this.publishedBy = by;
    this.changelog = changelog;
    this.content = content;
  }

  /** A node starts making the PDFs, under a claim of its own. */
  public void claimPdfs(Instant at, String token) {
    this.pdfState = PdfState.RUNNING;
    this.pdfClaimedAt = at;
    this.pdfClaimToken = token;
  }

  /**
   * Whether the claim {@code token} still holds the PDFs (another node has not taken them over).
   */
  public boolean pdfsHeldBy(String token) {
    return pdfState == PdfState.RUNNING && token != null && token.equals(pdfClaimToken);
  }

  public Optional<String> pdfClaimToken() {
    return Optional.ofNullable(pdfClaimToken);
  }

  /**
   * The node making the PDFs is stopping before it is done: they are pending again, for whichever
   * node looks next, instead of waiting for the claim to go stale.
   */
  public void handBackPdfs() {
    if (pdfState == PdfState.RUNNING) {
      this.pdfState = PdfState.PENDING;
      this.pdfClaimedAt = null;
      this.pdfClaimToken = null;
    }
  }

  public void pdfsMade(String programme, int programmeCount, String book, int bookCount) {
    this.pdfState = PdfState.DONE;
    this.programmePdf = programme;
    this.programmePages = programmeCount;
    this.bookPdf = book;
    this.bookPages = bookCount;
    this.pdfMessage = null;
  }

  public void pdfsFailed(String message) {
    this.pdfState = PdfState.FAILED;
    this.pdfMessage = message;
  }

  public PdfState pdfState() {
    return pdfState;
  }

  public Optional<String> programmePdf() {
    return Optional.ofNullable(programmePdf);
  }

  public Optional<String> bookPdf() {
    return Optional.ofNullable(bookPdf);
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public int number() {
    return number;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String changelog() {
    return changelog;
  }

  public byte[] content() {
    return content;
  }
}
