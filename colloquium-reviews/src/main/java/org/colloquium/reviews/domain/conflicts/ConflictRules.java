package org.colloquium.reviews.domain.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.colloquium.reviews.api.ConflictKind;

/**
 * The conflicts of interest the system finds by itself between a member of the committee and a
 * submission: the member is one of its authors (by account or address), has an address at the same
 * institution as an author (public providers never count), the same affiliation, or wrote another
 * submission with one of its authors. Each kind once, with what it was found on, so that the
 * organisers see why a pair is blocked.
 */
public final class ConflictRules {

  private ConflictRules() {}

  public static List<FoundConflict> between(
      Person reviewer, SubmissionPeople submission, CoAuthorship coAuthorship) {
    List<FoundConflict> found = new ArrayList<>();
    String mail = lower(reviewer.email());
    Optional<String> domain = EmailDomains.institution(reviewer.email());
    Optional<String> affiliation = Affiliations.normalise(reviewer.affiliation());
    FoundConflict author = null;
    FoundConflict sameDomain = null;
    FoundConflict sameAffiliation = null;
    FoundConflict coAuthor = null;
    for (Person a : submission.authors()) {
      boolean sameAccount =
          reviewer.accountId() != null && Objects.equals(reviewer.accountId(), a.accountId());
      if (author == null && (sameAccount || (!mail.isEmpty() && mail.equals(lower(a.email()))))) {
        author = new FoundConflict(ConflictKind.IS_AUTHOR, a.fullName());
        continue;
      }
      if (sameDomain == null
          && domain.isPresent()
          && domain.equals(EmailDomains.institution(a.email()))) {
        sameDomain = new FoundConflict(ConflictKind.SAME_EMAIL_DOMAIN, domain.get());
      }
      if (sameAffiliation == null
          && affiliation.isPresent()
          && affiliation.equals(Affiliations.normalise(a.affiliation()))) {
        sameAffiliation = new FoundConflict(ConflictKind.SAME_AFFILIATION, a.affiliation());
      }
      if (coAuthor == null
          && coAuthorship.together(reviewer, a, submission.submissionId()).isPresent()) {
        coAuthor = new FoundConflict(ConflictKind.CO_AUTHOR, a.fullName());
      }
    }
    for (FoundConflict f : new FoundConflict[] {author, sameDomain, sameAffiliation, coAuthor}) {
      if (f != null) {
        found.add(f);
      }
    }
    return found;
  }

  private static String lower(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
