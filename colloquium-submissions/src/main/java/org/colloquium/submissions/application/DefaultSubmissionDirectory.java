package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionAuthor;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link SubmissionDirectory}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultSubmissionDirectory implements SubmissionDirectory {

  @Inject SubmissionRepository submissions;

  @Override
  public Optional<SubmissionRecord> find(Long submissionId) {
    return submissions.find(submissionId).filter(s -> handedIn(s)).map(s -> record(s));
  }

  @Override
  public Optional<SubmissionRecord> byNumber(Long eventId, int number) {
    return submissions.findByNumber(eventId, number).filter(s -> handedIn(s)).map(s -> record(s));
  }

  @Override
  public List<SubmissionRecord> byIds(Collection<Long> submissionIds) {
    if (submissionIds.isEmpty()) {
      return List.of();
    }
    return submissions.withAuthors(submissionIds).stream()
        .filter(s -> handedIn(s))
        .map(s -> record(s))
        .toList();
  }

  @Override
  public List<SubmissionRecord> submitted(Long eventId) {
    return submissions.submittedWithAuthors(eventId).stream().map(s -> record(s)).toList();
  }

  @Override
  public List<org.colloquium.submissions.api.SubmissionOutline> outlines(Long eventId) {
    return submissions.submittedOutlines(eventId);
  }

  @Override
  public List<SubmissionRecord> authoredBy(Collection<String> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    return submissions.authoredBy(lower).stream()
        .filter(s -> handedIn(s))
        .map(s -> record(s))
        .toList();
  }

  private static boolean handedIn(Submission s) {
    return s.state() != SubmissionState.DRAFT;
  }

  @Override
  public Map<Long, Map<Long, String>> declaredConflicts(Long eventId) {
    Map<Long, Map<Long, String>> found = new HashMap<>();
    for (Object[] row : submissions.declaredConflicts(eventId)) {
      found
          .computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .put((Long) row[1], (String) row[2]);
    }
    return found;
  }

  private static SubmissionRecord record(Submission s) {
    return new SubmissionRecord(
        s.id(),
        s.eventId(),
        s.number(),
        s.state(),
        s.title(),
        s.abstractText(),
        s.keywords(),
        s.trackId(),
        s.presentationTypeId(),
        s.language(),
        s.submitterId(),
        s.authors().stream().map(DefaultSubmissionDirectory::author).toList(),
        s.fileSha256().orElse(null),
        s.fileName(),
        s.submittedAt().orElse(null));
  }

  private static SubmissionRecord.AuthorRecord author(SubmissionAuthor a) {
    return new SubmissionRecord.AuthorRecord(
        a.fullName(),
        a.email(),
        a.affiliation(),
        a.country(),
        a.orcid().map(o -> o.value()).orElse(null),
        a.isPresenting());
  }
}
