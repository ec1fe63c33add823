package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.submissions.api.PdfEntry;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.domain.Submission;

/**
 * The exports' reads, each a short read-only transaction of its own: one page of rows after a
 * submission number (keyset paging, so a page costs the same at the end of a long export as at its
 * start and no row is skipped or repeated when others are handed in meanwhile), or one stored file.
 * The exports write between these reads with no transaction open, however slowly the client
 * downloads, and the persistence context is cleared after each page, so an export holds at most one
 * page and one file in memory.
 *
 * <p>The caller has checked that the actor organises the event; these take its id.
 */
@ApplicationScoped
public class ExportPages {

  /** Rows per page: few enough to hold, enough that the queries per row stay negligible. */
  public static final int PAGE = 250;

  // Hibernate's hint: entities loaded read-only, so nothing is snapshotted for a flush.
  private static final String READ_ONLY = "org.hibernate.readOnly";

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject EventDirectory access;
  @Inject FileStore files;

  /**
   * Up to {@link #PAGE} rows of the filtered submissions numbered above {@code afterNumber}, by
   * number, each with its abstract; fewer than a page means the last.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<SubmissionRow> rows(Long eventId, SubmissionFilter filter, int afterNumber) {
    try {
      Map<String, Object> parameters = new HashMap<>();
      String where = where(eventId, filter, afterNumber, parameters);
      TypedQuery<Object[]> query =
          em.createQuery(
              "select s, d.number from Submission s left join Submission d on d.id = s.duplicateOf"
                  + where
                  + " order by s.number asc",
              Object[].class);
      parameters.forEach(query::setParameter);
      List<Submission> page = new ArrayList<>();
      Map<Long, Integer> originals = new HashMap<>();
      for (Object[] row : query.setHint(READ_ONLY, true).setMaxResults(PAGE).getResultList()) {
        Submission s = (Submission) row[0];
        page.add(s);
        if (row[1] != null) {
          originals.put(s.id(), (Integer) row[1]);
        }
      }
      return DefaultSubmissionQueries.rows(em, access, eventId, page, originals, true);
    } finally {
      em.clear();
    }
  }

  /**
   * Up to {@link #PAGE} PDFs of the filtered submissions numbered above {@code afterNumber}, by
   * number (names and keys, no contents); fewer than a page means the last.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<PdfEntry> pdfs(Long eventId, SubmissionFilter filter, int afterNumber) {
    try {
      Map<String, Object> parameters = new HashMap<>();
      String where = where(eventId, filter, afterNumber, parameters);
      TypedQuery<PdfEntry> query =
          em.createQuery(
              "select new org.colloquium.submissions.api.PdfEntry(s.number, s.title,"
                  + " s.fileSha256) from Submission s"
                  + where
                  + " and s.fileSha256 is not null order by s.number asc",
              PdfEntry.class);
      parameters.forEach(query::setParameter);
      return query.setMaxResults(PAGE).getResultList();
    } finally {
      em.clear();
    }
  }

  /** One stored file's bytes, read in a transaction that ends before they are written anywhere. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<FileContent> file(String sha256) {
    try {
      return files.read(sha256);
    } finally {
      em.clear();
    }
  }

  private static String where(
      Long eventId, SubmissionFilter filter, int afterNumber, Map<String, Object> parameters) {
    String where =
        DefaultSubmissionQueries.where(
            eventId, filter == null ? SubmissionFilter.NONE : filter, parameters);
    parameters.put("after", afterNumber);
    return where + " and s.number > :after";
  }
}
