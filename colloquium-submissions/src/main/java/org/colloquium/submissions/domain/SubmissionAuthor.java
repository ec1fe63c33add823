package org.colloquium.submissions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Orcid;

/**
 * An author of a submission, at a position in the author list. Authors are not accounts: a
 * co-author sees the submission once they sign in with the address given here.
 */
@Entity
@Table(name = "submission_author")
public class SubmissionAuthor {

  private static final String PRESENTING = "Y";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_author_seq")
  @SequenceGenerator(
      name = "submission_author_seq",
      sequenceName = "submission_author_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id", nullable = false)
  private Submission submission;

  @Column(nullable = false)
  private int position;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 300)
  private String affiliation;

  @Column(length = 2)
  private String country;

  @Column(length = 19)
  private String orcid;

  @Column(length = 1)
  private String presenting;

  @Column(name = "may_edit", nullable = false)
  private boolean mayEdit;

  protected SubmissionAuthor() {}

  SubmissionAuthor(Submission submission, int position, SubmissionContent.Author author) {
    this.submission = submission;
    this.position = position;
    this.fullName = author.fullName();
    this.email = author.email().value();
    this.affiliation = author.affiliation();
    this.country = author.country();
    this.orcid = author.orcid() == null ? null : author.orcid().value();
    this.presenting = author.presenting() ? PRESENTING : null;
    this.mayEdit = author.mayEdit();
  }

  public SubmissionContent.Author content() {
    return new SubmissionContent.Author(
        fullName,
        new EmailAddress(email),
        affiliation,
        country,
        orcid().orElse(null),
        isPresenting(),
        mayEdit);
  }

  public Long id() {
    return id;
  }

  public Long submissionId() {
    return submission.id();
  }

  public int position() {
    return position;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public String affiliation() {
    return affiliation;
  }

  public String country() {
    return country;
  }

  public Optional<Orcid> orcid() {
    return orcid == null ? Optional.empty() : Optional.of(new Orcid(orcid));
  }

  public boolean isPresenting() {
    return PRESENTING.equals(presenting);
  }

  public boolean mayEdit() {
    return mayEdit;
  }
}
