package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquium.events.api.Presenters;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;

/**
 * The events module's {@link Presenters}: the authors marked as presenting on the submissions whose
 * acceptance (also as a poster) the authors were told, or the first author where none is marked.
 * Someone presenting two submissions is one presenter with both titles.
 */
@ApplicationScoped
@Transactional
public class PresentingAuthors implements Presenters {

  @Inject DecisionRepository decisions;
  @Inject SubmissionDirectory submissions;

  @Override
  public List<Presenter> of(Long eventId) {
    List<Long> ids = decisions.presentedIn(eventId).stream().map(d -> d.submissionId()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Presenter> byEmail = new LinkedHashMap<>();
    for (SubmissionRecord s : submissions.byIds(ids)) {
      List<AuthorRecord> presenting =
          s.authors().stream().filter(AuthorRecord::presenting).toList();
      if (presenting.isEmpty() && !s.authors().isEmpty()) {
        presenting = List.of(s.authors().get(0));
      }
      for (AuthorRecord a : presenting) {
        if (a.email() == null || a.email().isBlank()) {
          continue;
        }
        String email = a.email().strip().toLowerCase(Locale.ROOT);
        Presenter known = byEmail.get(email);
        List<String> titles = new ArrayList<>(known == null ? List.of() : known.titles());
        titles.add(s.title());
        byEmail.put(
            email,
            new Presenter(
                email,
                known == null ? a.fullName() : known.fullName(),
                known == null ? a.affiliation() : known.affiliation(),
                titles));
      }
    }
    return List.copyOf(byEmail.values());
  }
}
