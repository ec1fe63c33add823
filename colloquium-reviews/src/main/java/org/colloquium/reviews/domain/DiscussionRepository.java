package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * The discussions of submissions, their leads and the authors' responses. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class DiscussionRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(ReviewComment comment) {
    em.persist(comment);
  }

  /** A submission's comments, oldest first. */
  public List<ReviewComment> of(Long submissionId) {
    return em.createQuery(
            "select c from ReviewComment c where c.submissionId = :submission order by c.id",
            ReviewComment.class)
        .setParameter("submission", submissionId)
        .getResultList();
  }

  public Optional<DiscussionLead> lead(Long submissionId) {
    return Optional.ofNullable(em.find(DiscussionLead.class, submissionId));
  }

  public void add(DiscussionLead lead) {
    em.persist(lead);
  }

  public void remove(DiscussionLead lead) {
    em.remove(lead);
  }

  public java.util.Optional<AuthorResponse> response(Long submissionId) {
    return java.util.Optional.ofNullable(em.find(AuthorResponse.class, submissionId));
  }

  public void add(AuthorResponse response) {
    em.persist(response);
  }
}
