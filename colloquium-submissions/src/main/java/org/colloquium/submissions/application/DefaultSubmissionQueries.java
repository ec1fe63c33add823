package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.submissions.api.FilterOptions;
import org.colloquium.submissions.api.PdfEntry;
import org.colloquium.submissions.api.SubmissionCounts;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionPage;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.api.SubmissionSort;
import org.colloquium.submissions.domain.SearchText;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionAuthor;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link SubmissionQueries}. */
@ApplicationScoped
@Transactional
public class DefaultSubmissionQueries implements SubmissionQueries {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject EventDirectory access;
  @Inject SubmissionRepository submissions;

  @Override
  public SubmissionPage page(
      Long actorId,
      String eventSlug,
      SubmissionFilter filter,
      SubmissionSort sort,
      boolean ascending,
      int first,
      int max) {
    return page(actorId, eventSlug, filter, sort, ascending, first, max, false);
  }

  @Override
  public SubmissionPage pageWithAbstracts(
      Long actorId, String eventSlug, SubmissionFilter filter, int first, int max) {
    return page(actorId, eventSlug, filter, SubmissionSort.NUMBER, true, first, max, true);
  }

  private SubmissionPage page(
      Long actorId,
      String eventSlug,
      SubmissionFilter filter,
      SubmissionSort sort,
      boolean ascending,
      int first,
      int max,
      boolean withAbstracts) {
    EventRecord event = access.manageable(actorId, eventSlug);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(event.id(), filter == null ? SubmissionFilter.NONE : filter, parameters);
    TypedQuery<Long> count =
        em.createQuery("select count(s) from Submission s" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (total == 0) {
      return new SubmissionPage(0, List.of());
    }
    SubmissionSort by = sort == null ? SubmissionSort.NUMBER : sort;
    // The original's number comes with each row, so duplicates cost no query of their own.
    TypedQuery<Object[]> query =
        em.createQuery(
            "select s, d.number from Submission s left join Submission d on d.id = s.duplicateOf"
                + where
                + " order by "
                + by.expression()
                + (ascending ? " asc" : " desc")
                + ", s.number asc",
            Object[].class);
    parameters.forEach(query::setParameter);
    List<Submission> page = new ArrayList<>();
    Map<Long, Integer> originals = new HashMap<>();
    for (Object[] row :
        query
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
            .getResultList()) {
      Submission s = (Submission) row[0];
      page.add(s);
      if (row[1] != null) {
        originals.put(s.id(), (Integer) row[1]);
      }
    }
    return new SubmissionPage(total, rows(em, access, event.id(), page, originals, withAbstracts));
  }

  @Override
  public long count(Long actorId, String eventSlug, SubmissionFilter filter) {
    EventRecord event = access.manageable(actorId, eventSlug);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(event.id(), filter == null ? SubmissionFilter.NONE : filter, parameters);
    TypedQuery<Long> count =
        em.createQuery("select count(s) from Submission s" + where, Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public Long idOf(Long actorId, String eventSlug, int number) {
    EventRecord event = access.manageable(actorId, eventSlug);
    return submissions
        .findByNumber(event.id(), number)
        .filter(s -> s.state() != org.colloquium.submissions.api.SubmissionState.DRAFT)
        .map(Submission::id)
        .orElseThrow(() -> new NotFoundException("submission " + number));
  }

  @Override
  public SubmissionCounts counts(Long actorId, String eventSlug) {
    EventRecord event = access.manageable(actorId, eventSlug);
    long submitted = 0;
    long withdrawn = 0;
    for (Object[] row :
        em.createQuery(
                "select s.state, count(s) from Submission s where s.eventId = :event"
                    + " group by s.state",
                Object[].class)
            .setParameter("event", event.id())
            .getResultList()) {
      switch ((org.colloquium.submissions.api.SubmissionState) row[0]) {
        case SUBMITTED -> submitted = ((Number) row[1]).longValue();
        case WITHDRAWN -> withdrawn = ((Number) row[1]).longValue();
        default -> {}
      }
    }
    return new SubmissionCounts(submitted, withdrawn);
  }

  @Override
  public FilterOptions filterOptions(Long actorId, String eventSlug) {
    EventRecord event = access.manageable(actorId, eventSlug);
    List<String> languages =
        em.createQuery(
                "select distinct s.language from Submission s where s.eventId = :event"
                    + " and s.state <> org.colloquium.submissions.api.SubmissionState.DRAFT"
                    + " order by s.language",
                String.class)
            .setParameter("event", event.id())
            .getResultList();
    List<String> countries =
        em.createQuery(
                "select distinct a.country from SubmissionAuthor a where a.submission.eventId ="
                    + " :event and a.country is not null and a.submission.state <>"
                    + " org.colloquium.submissions.api.SubmissionState.DRAFT order by a.country",
                String.class)
            .setParameter("event", event.id())
            .getResultList();
    return new FilterOptions(
        access.tracks(event.id()),
        access.presentationTypes(event.id()),
        languages,
        countries,
        event.schedule().zone());
  }

  @Override
  public List<PdfEntry> pdfs(Long actorId, String eventSlug, SubmissionFilter filter) {
    EventRecord event = access.manageable(actorId, eventSlug);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(event.id(), filter == null ? SubmissionFilter.NONE : filter, parameters);
    TypedQuery<PdfEntry> query =
        em.createQuery(
            "select new org.colloquium.submissions.api.PdfEntry(s.number, s.title,"
                + " s.fileSha256) from Submission s"
                + where
                + " and s.fileSha256 is not null order by s.number",
            PdfEntry.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * The filter as a JPQL where clause on {@code Submission s}, its parameters put into {@code p}.
   * Shared with {@link ExportPages}, so that the exports list exactly the rows the table does.
   */
  static String where(Long eventId, SubmissionFilter filter, Map<String, Object> p) {
    StringBuilder where =
        new StringBuilder(
            " where s.eventId = :event"
                + " and s.state <> org.colloquium.submissions.api.SubmissionState.DRAFT");
    p.put("event", eventId);
    if (filter.state() != null) {
      where.append(" and s.state = :state");
      p.put("state", filter.state());
    }
    if (filter.trackId() != null) {
      where.append(" and s.trackId = :track");
      p.put("track", filter.trackId());
    }
    if (filter.presentationTypeId() != null) {
      where.append(" and s.presentationTypeId = :type");
      p.put("type", filter.presentationTypeId());
    }
    if (filter.language() != null && !filter.language().isBlank()) {
      where.append(" and s.language = :language");
      p.put("language", filter.language().strip().toLowerCase(Locale.ROOT));
    }
    if (filter.country() != null && !filter.country().isBlank()) {
      where.append(
          " and exists (select a.id from SubmissionAuthor a where a.submission = s"
              + " and a.country = :country)");
      p.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
    }
    String text = SearchText.normalise(filter.text());
    if (!text.isEmpty()) {
      // Every word must occur somewhere; LIKE wildcards typed by the user are taken literally.
      int i = 0;
      for (String word : text.split(" ")) {
        String name = "text" + i++;
        where.append(" and s.searchText like :").append(name).append(" escape '!'");
        p.put(name, "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
      }
    }
    return where.toString();
  }

  /**
   * The rows of a page of submissions: their authors in one query, tracks and types by id, and the
   * original's number of each duplicate from {@code originals}.
   */
  static List<SubmissionRow> rows(
      EntityManager em,
      EventDirectory access,
      Long eventId,
      List<Submission> page,
      Map<Long, Integer> originals,
      boolean withAbstracts) {
    if (page.isEmpty()) {
      return List.of();
    }
    List<Long> ids = page.stream().map(Submission::id).toList();
    Map<Long, List<SubmissionRow.AuthorLine>> authors = new HashMap<>();
    for (SubmissionAuthor a :
        em.createQuery(
                "select a from SubmissionAuthor a where a.submission.id in :ids"
                    + " order by a.position",
                SubmissionAuthor.class)
            .setParameter("ids", ids)
            .getResultList()) {
      authors
          .computeIfAbsent(a.submissionId(), k -> new ArrayList<>())
          .add(
              new SubmissionRow.AuthorLine(
                  a.fullName(), a.email(), a.affiliation(), a.country(), a.isPresenting()));
    }
    Map<Long, String> tracks = names(access.tracks(eventId));
    Map<Long, String> types = names(access.presentationTypes(eventId));
    List<SubmissionRow> rows = new ArrayList<>();
    for (Submission s : page) {
      rows.add(
          new SubmissionRow(
              s.id(),
              s.number(),
              s.title(),
              s.state(),
              s.trackId() == null ? null : tracks.get(s.trackId()),
              s.presentationTypeId() == null ? null : types.get(s.presentationTypeId()),
              s.language(),
              List.copyOf(authors.getOrDefault(s.id(), List.of())),
              s.keywords(),
              s.submittedAt().orElse(null),
              originals.get(s.id()),
              s.fileInfo(),
              withAbstracts ? s.abstractText() : null,
              s.finalChangedAt().orElse(null),
              s.finalFileInfo()));
    }
    return rows;
  }

  private static Map<Long, String> names(List<Choice> choices) {
    Map<Long, String> names = new LinkedHashMap<>();
    choices.forEach(c -> names.put(c.id(), c.name()));
    return names;
  }
}
