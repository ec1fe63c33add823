package org.colloquium.web.my.submissions;

import org.colloquium.submissions.api.SubmissionView;

/**
 * The names under which the browser keeps its autosaved copies of the abstract form
 * (submission-form.js, localStorage). Each name carries the account, so on a shared computer the
 * next person, signed in as someone else, is never offered another account's text, not even when
 * the first one's session simply expired instead of being ended by signing out. Every name starts
 * with {@link #PREFIX}, which is what signing out removes (sign-out.js).
 */
final class TypedCopies {

  /** The start of every localStorage entry of the application; sign-out.js removes them all. */
  static final String PREFIX = "colloquium.";

  private TypedCopies() {}

  /** The copy of the new-submission form of an event, for one account. */
  static String newForm(Long accountId, String eventSlug) {
    return PREFIX + "submission." + accountId + ".new." + eventSlug;
  }

  /** The copy of one submission's form, for one account. */
  static String submission(Long accountId, Long submissionId) {
    return PREFIX + "submission." + accountId + "." + submissionId;
  }

  /** Where the form of {@code view} keeps its copy (a new submission's: per event). */
  static String of(Long accountId, String eventSlug, SubmissionView view) {
    return view == null || view.isNew()
        ? newForm(accountId, eventSlug)
        : submission(accountId, view.id());
  }

  /**
   * The copies made obsolete by a save of {@code view}: the new form's of its event and its own.
   */
  static String savedOf(Long accountId, SubmissionView view) {
    return newForm(accountId, view.event().slug()) + " " + submission(accountId, view.id());
  }
}
