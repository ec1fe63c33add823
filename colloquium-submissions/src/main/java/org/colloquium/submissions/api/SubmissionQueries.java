package org.colloquium.submissions.api;

import java.util.List;

/**
 * The organisers' view of an event's submissions: a filtered, sorted page of the table. A page
 * costs the same few queries whatever its size (count, page, its authors, the event's tracks and
 * types), never one per row.
 */
public interface SubmissionQueries {

  /** The most rows one page of a list holds, whatever the caller asks for. */
  int MAX_PAGE = 500;

  /**
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  SubmissionPage page(
      Long actorId,
      String eventSlug,
      SubmissionFilter filter,
      SubmissionSort sort,
      boolean ascending,
      int first,
      int max);

  /**
   * A page as {@link #page} reads it, each row with the submission's abstract (Markdown, as
   * written): for the exports. Costs no query more, the abstract is a column of the submission.
   */
  SubmissionPage pageWithAbstracts(
      Long actorId, String eventSlug, SubmissionFilter filter, int first, int max);

  /** How many submissions match the filter (the same rows {@link #page} pages through). */
  long count(Long actorId, String eventSlug, SubmissionFilter filter);

  /**
   * The id of an event's submission by its number, for the organisers' detail page. Drafts do not
   * exist for organisers.
   *
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such handed-in submission
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  Long idOf(Long actorId, String eventSlug, int number);

  /** How many submissions an event has, for the dashboard; drafts are not counted. */
  SubmissionCounts counts(Long actorId, String eventSlug);

  /** What the filters offer: the event's tracks and types, and the languages and countries used. */
  FilterOptions filterOptions(Long actorId, String eventSlug);

  /** The PDFs of the filtered submissions, by number, for the ZIP download (no file contents). */
  List<PdfEntry> pdfs(Long actorId, String eventSlug, SubmissionFilter filter);
}
