package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.FieldDraft;
import org.colloquium.registration.api.RegistrationForms;
import org.colloquium.registration.domain.FieldRules;
import org.colloquium.registration.domain.FieldRules.ChoiceLine;
import org.colloquium.registration.domain.FieldRules.Match;
import org.colloquium.registration.domain.FieldRules.Stored;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.RegistrationField;
import org.colloquium.registration.domain.RegistrationFieldChoice;

/** Organisers build their registration form. */
@ApplicationScoped
@Transactional
public class DefaultRegistrationForms implements RegistrationForms {

  @Inject FormRepository forms;
  @Inject EventFactsReader events;

  @Override
  public FormSetup form(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    return new FormSetup(event.slug(), event.title(), forms.views(event.id(), true));
  }

  @Override
  public Long save(Long actorId, String slug, FieldDraft draft) {
    EventFacts event = events.manageable(actorId, slug);
    List<ChoiceLine> lines = new ArrayList<>();
    List<Problem> problems = FieldRules.check(draft, lines);
    ValidationException.throwIfAny(problems);
    RegistrationField field;
    if (draft.id() == null) {
      field = new RegistrationField(event.id(), forms.fields(event.id()).size(), draft.kind());
    } else {
      field = fieldOf(event, draft.id());
      if (field.kind() != draft.kind()) {
        if (forms.answered(field)) {
          throw new ValidationException(Problem.of("kind", "registration.form.kind.answered"));
        }
        field.changeKind(draft.kind());
      }
    }
    field.describe(
        FieldRules.strip(draft.labelEn()),
        FieldRules.strip(draft.labelRo()),
        FieldRules.strip(draft.helpEn()),
        FieldRules.strip(draft.helpRo()),
        draft.required(),
        draft.showAtCheckIn());
    if (draft.id() == null) {
      forms.add(field);
    }
    if (field.kind().chooses()) {
      choose(field, lines);
    }
    forms.flush();
    return field.id();
  }

  /**
   * The choices as typed: stored ones continued (relabelled, their places changed by a conditional
   * update that refuses fewer than are taken), new ones added, the rest removed unless chosen.
   */
  private void choose(RegistrationField field, List<ChoiceLine> lines) {
    if (field.id() != null) {
      forms.lock(field.id(), false);
    }
    List<RegistrationFieldChoice> before = new ArrayList<>(field.choices());
    Map<Long, RegistrationFieldChoice> byId =
        before.stream().collect(Collectors.toMap(RegistrationFieldChoice::id, Function.identity()));
    List<Stored> stored = before.stream().map(c -> new Stored(c.id(), c.labelEn())).toList();
    List<Match> matches = FieldRules.match(lines, stored);
    List<Problem> problems = new ArrayList<>();
    for (Stored gone : FieldRules.unmatched(matches, stored)) {
      if (forms.chosen(gone.id())) {
        problems.add(Problem.of("choices", "registration.form.choices.chosen", gone.labelEn()));
      } else {
        field.removeChoice(byId.get(gone.id()));
      }
    }
    List<RegistrationFieldChoice> ordered = new ArrayList<>();
    for (Match m : matches) {
      ChoiceLine line = m.line();
      if (m.storedId() == null) {
        ordered.add(field.addChoice(line.labelEn(), line.labelRo(), line.capacity()));
        continue;
      }
      RegistrationFieldChoice choice = byId.get(m.storedId());
      choice.relabel(line.labelEn(), line.labelRo());
      boolean same =
          line.capacity() == null
              ? choice.capacity() == null
              : line.capacity().equals(choice.capacity());
      if (!same && !forms.setCapacity(choice.id(), line.capacity())) {
        problems.add(
            Problem.of(
                "choices", "registration.form.choices.belowTaken", line.labelEn(), choice.taken()));
      }
      ordered.add(choice);
    }
    ValidationException.throwIfAny(problems);
    field.order(ordered);
  }

  @Override
  public void move(Long actorId, String slug, Long fieldId, boolean up) {
    EventFacts event = events.manageable(actorId, slug);
    List<RegistrationField> fields = new ArrayList<>(forms.fields(event.id()));
    int at = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).id().equals(fieldId)) {
        at = i;
      }
    }
    if (at < 0) {
      throw new NotFoundException("field " + fieldId);
    }
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= fields.size()) {
      return;
    }
    fields.add(to, fields.remove(at));
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).placeAt(i);
    }
  }

  @Override
  public boolean remove(Long actorId, String slug, Long fieldId) {
    EventFacts event = events.manageable(actorId, slug);
    RegistrationField field = fieldOf(event, fieldId);
    forms.lock(field.id(), true);
    if (forms.answered(field)) {
      field.hide(true);
      return false;
    }
    forms.remove(field);
    return true;
  }

  @Override
  public void show(Long actorId, String slug, Long fieldId) {
    EventFacts event = events.manageable(actorId, slug);
    fieldOf(event, fieldId).hide(false);
  }

  private RegistrationField fieldOf(EventFacts event, Long fieldId) {
    return forms
        .field(event.id(), fieldId)
        .orElseThrow(() -> new NotFoundException("field " + fieldId));
  }
}
