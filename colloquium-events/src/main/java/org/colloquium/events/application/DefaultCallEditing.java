package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.CallDatesChanged;
import org.colloquium.events.api.CallEditing;
import org.colloquium.events.api.CallEditor;
import org.colloquium.events.api.CallForm;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link CallEditing}. */
@ApplicationScoped
@Transactional
public class DefaultCallEditing implements CallEditing {

  @Inject EventAccess access;
  @Inject CallRepository calls;

  /** What happened, for the modules built on events; see the api package. */
  @Inject jakarta.enterprise.event.Event<Object> happened;

  @Override
  public CallEditor open(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    var call = calls.ofEvent(event.id());
    return new CallEditor(
        EventViews.summary(event),
        call.isPresent(),
        call.map(c -> CallFormReader.form(c, event.schedule().zone()))
            .orElseGet(CallFormReader::blank));
  }

  @Override
  public CallForm save(Long actorId, String slug, CallForm form) {
    Event event = access.manageable(actorId, slug);
    var schedule = event.schedule();
    List<Problem> problems = new ArrayList<>();
    CallDates dates = CallFormReader.dates(form, schedule, problems);
    AbstractRules rules = CallFormReader.rules(form, problems);
    if (form.reviewMode() == null) {
      problems.add(Problem.of("reviewMode", "call.reviewMode.required"));
    }
    if (form.eligibility() != null && form.eligibility().length() > 2000) {
      problems.add(Problem.of("eligibility", "call.eligibility.tooLong", 2000));
    }
    ValidationException.throwIfAny(problems);

    var existing = calls.ofEvent(event.id());
    CallForPapers call;
    CallDates before = existing.map(CallForPapers::dates).orElse(null);
    if (existing.isPresent()) {
      call = existing.get();
      if (!Objects.equals(form.version(), call.version())) {
        throw conflict();
      }
      call.revise(dates, form.eligibility(), rules, form.reviewMode());
    } else {
      if (form.version() != null) {
        // The form was loaded with a call that has been deleted since: not expected, but honest.
        throw conflict();
      }
      call = new CallForPapers(event.id(), dates, form.eligibility(), rules, form.reviewMode());
      calls.add(call);
    }
    try {
      calls.flush();
    } catch (OptimisticLockException e) {
      throw conflict();
    } catch (PersistenceException e) {
      // Two organisers creating the call at the same moment: the second one breaks the unique
      // constraint on the event.
      throw conflict();
    }
    if (!dates.equals(before)) {
      happened.fire(new CallDatesChanged(event.id(), call.id(), before, dates));
    }
    return CallFormReader.form(call, schedule.zone());
  }

  private static ValidationException conflict() {
    return new ValidationException(Problem.global("call.conflict"));
  }
}
