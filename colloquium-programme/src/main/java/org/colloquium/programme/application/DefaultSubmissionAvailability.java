package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.SubmissionAvailability;
import org.colloquium.programme.api.SubmissionAvailabilityView;
import org.colloquium.programme.api.SubmissionAvailabilityView.Entry;
import org.colloquium.programme.api.SubmissionAvailabilityView.Speaker;
import org.colloquium.programme.api.UnavailabilityInput;
import org.colloquium.programme.domain.PreferredDays;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Unavailability;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;

/** The availability section of an accepted submission's page, for its authors. */
@ApplicationScoped
@Transactional
public class DefaultSubmissionAvailability implements SubmissionAvailability {

  @Inject PresentedToItsAuthors authors;
  @Inject EventDirectory events;
  @Inject ProgrammeRepository programme;
  @Inject Clock clock;

  /** What every call needs: the submission, its event and its speakers by lower-case address. */
  private record Context(
      SubmissionRecord submission,
      EventRecord event,
      Map<String, String> speakers,
      List<LocalDate> days,
      boolean open) {}

  @Override
  public Optional<SubmissionAvailabilityView> ofSubmission(Long actorId, Long submissionId) {
    return context(actorId, submissionId).map(this::view);
  }

  @Override
  public Long add(Long actorId, Long submissionId, UnavailabilityInput input) {
    Context context =
        context(actorId, submissionId).orElseThrow(DefaultSubmissionAvailability::none);
    List<Problem> problems = new ArrayList<>();
    if (!context.open()) {
      throw new ValidationException(Problem.of("day", "programme.availability.author.closed"));
    }
    String email = input.speakerEmail() == null ? null : key(input.speakerEmail());
    if (email == null || !context.speakers().containsKey(email)) {
      problems.add(Problem.of("speakerEmail", "programme.availability.author.speaker"));
    }
    if (input.day() != null && !context.days().contains(input.day())) {
      problems.add(Problem.of("day", "programme.availability.author.day"));
    }
    AbsenceTimes.Interval when =
        AbsenceTimes.of(input, context.event().schedule().zone(), problems);
    ValidationException.throwIfAny(problems);
    String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    Unavailability absence =
        Unavailability.ofSpeakerBySubmission(
            context.event().id(), email, when.start(), when.end(), note, actorId, submissionId);
    programme.add(absence);
    return absence.id();
  }

  @Override
  public void remove(Long actorId, Long submissionId, Long unavailabilityId) {
    Context context =
        context(actorId, submissionId).orElseThrow(DefaultSubmissionAvailability::none);
    Unavailability absence =
        programme
            .unavailability(context.event().id(), unavailabilityId)
            .filter(u -> u.submissionId().filter(submissionId::equals).isPresent())
            .orElseThrow(DefaultSubmissionAvailability::none);
    if (!context.open()) {
      throw new ValidationException(Problem.of("day", "programme.availability.author.closed"));
    }
    programme.remove(absence);
  }

  @Override
  public void preferDays(Long actorId, Long submissionId, Set<LocalDate> days) {
    Context context =
        context(actorId, submissionId).orElseThrow(DefaultSubmissionAvailability::none);
    if (!context.open()) {
      throw new ValidationException(
          Problem.of("preferredDays", "programme.availability.author.closed"));
    }
    if (!context.days().containsAll(days)) {
      throw new ValidationException(
          Problem.of("preferredDays", "programme.availability.author.day"));
    }
    Optional<PreferredDays> existing = programme.preferredDays(submissionId);
    if (days.isEmpty()) {
      existing.ifPresent(programme::remove);
      return;
    }
    PreferredDays preferred =
        existing.orElseGet(() -> new PreferredDays(submissionId, context.event().id()));
    preferred.choose(days, actorId, clock.instant());
    if (existing.isEmpty()) {
      programme.add(preferred);
    }
  }

  private Optional<Context> context(Long actorId, Long submissionId) {
    Optional<SubmissionRecord> found = authors.find(actorId, submissionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SubmissionRecord submission = found.get();
    EventRecord event = events.find(submission.eventId()).orElseThrow();
    List<AuthorRecord> presenting =
        submission.authors().stream().filter(AuthorRecord::presenting).toList();
    Map<String, String> speakers = new HashMap<>();
    for (AuthorRecord a : presenting.isEmpty() ? submission.authors() : presenting) {
      if (!key(a.email()).isEmpty()) {
        speakers.putIfAbsent(key(a.email()), a.fullName());
      }
    }
    List<LocalDate> days = new ArrayList<>();
    LocalDate last = event.schedule().localEnd().toLocalDate();
    for (LocalDate d = event.schedule().localStart().toLocalDate();
        !d.isAfter(last);
        d = d.plusDays(1)) {
      days.add(d);
    }
    boolean open = !LocalDate.now(clock.withZone(event.schedule().zone())).isAfter(last);
    return Optional.of(new Context(submission, event, speakers, days, open));
  }

  private SubmissionAvailabilityView view(Context context) {
    Long submissionId = context.submission().id();
    List<Entry> entries =
        programme.unavailabilities(context.event().id()).stream()
            .filter(
                u ->
                    u.speakerEmail().map(e -> context.speakers().containsKey(key(e))).orElse(false))
            .map(
                u ->
                    new Entry(
                        u.id(),
                        context.speakers().get(key(u.speakerEmail().orElseThrow())),
                        u.start(),
                        u.end(),
                        u.note().orElse(null),
                        u.submissionId().isEmpty(),
                        context.open()
                            && u.submissionId().filter(submissionId::equals).isPresent()))
            .toList();
    List<Speaker> speakers =
        context.submission().authors().stream()
            .filter(a -> context.speakers().containsKey(key(a.email())))
            .map(a -> new Speaker(a.fullName(), a.email()))
            .distinct()
            .toList();
    return new SubmissionAvailabilityView(
        submissionId,
        context.event().schedule().zone(),
        context.days(),
        speakers,
        entries,
        programme.preferredDays(submissionId).map(PreferredDays::days).orElse(List.of()),
        context.open());
  }

  private static String key(String email) {
    return PresentedToItsAuthors.key(email);
  }

  private static NotFoundException none() {
    return new NotFoundException("no such accepted submission of yours");
  }
}
