package org.colloquium.registration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;

/**
 * The organisers' questions and the places of their choices. Joins the caller's transaction.
 *
 * <p>A choice's places are counted as a mode's are (see {@link RegistrationRepository}): one
 * conditional UPDATE per choice, whose row count decides, taken in choice id order after the mode's
 * quota row, so that two registrations never wait for each other in opposite orders.
 */
@ApplicationScoped
public class FormRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  /** The event's fields in order, hidden ones included, with their choices. */
  public List<RegistrationField> fields(Long eventId) {
    return em.createQuery(
            "select distinct f from RegistrationField f left join fetch f.choices"
                + " where f.eventId = :event order by f.position",
            RegistrationField.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The event's fields as records; {@code counted}: with how many registrations answered each. */
  public List<FormField> views(Long eventId, boolean counted) {
    List<RegistrationField> fields = fields(eventId);
    Map<Long, Long> answers = counted ? answerCounts(eventId) : Map.of();
    List<FormField> views = new ArrayList<>();
    for (RegistrationField f : fields) {
      views.add(view(f, answers.getOrDefault(f.id(), 0L)));
    }
    return views;
  }

  static FormField view(RegistrationField f, long answers) {
    return new FormField(
        f.id(),
        f.kind(),
        f.labelEn(),
        f.labelRo(),
        f.helpEn(),
        f.helpRo(),
        f.required(),
        f.showAtCheckIn(),
        f.hidden(),
        f.choices().stream()
            .map(c -> new FormChoice(c.id(), c.labelEn(), c.labelRo(), c.capacity(), c.taken()))
            .toList(),
        answers);
  }

  /** Registrations (any state) that answered each field: values, or choices made. */
  private Map<Long, Long> answerCounts(Long eventId) {
    Map<Long, Long> counts = new HashMap<>();
    count(
        counts,
        "select a.field_id, count(*) from registration_answer a"
            + " join registration_field f on f.id = a.field_id where f.event_id = ?1"
            + " group by a.field_id",
        eventId);
    count(
        counts,
        "select c.field_id, count(distinct a.registration_id) from registration_answer_choice a"
            + " join registration_field_choice c on c.id = a.choice_id"
            + " join registration_field f on f.id = c.field_id where f.event_id = ?1"
            + " group by c.field_id",
        eventId);
    return counts;
  }

  private void count(Map<Long, Long> counts, String sql, Long eventId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, eventId).getResultList();
    for (Object[] row : rows) {
      counts.merge(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Long::sum);
    }
  }

  /** Whether any registration, in any state, holds an answer to the field or chose the choice. */
  public boolean answered(RegistrationField field) {
    return answerCounts(field.eventId()).getOrDefault(field.id(), 0L) > 0;
  }

  public boolean chosen(Long choiceId) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from registration_answer_choice where choice_id = ?1")
                    .setParameter(1, choiceId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /**
   * Locks the field's choices in id order (as registrations take them) and then, with {@code
   * alsoField}, the field's own row, until the caller's transaction ends. A registration that holds
   * one of them has then committed and is counted by {@link #chosen} or {@link #answered}, and none
   * can start: without it a choice or field removed while someone chose or answered it would take
   * their answer with it (answers cascade). Same order as registrations, which update choices and
   * then insert answers referring to the field, so neither waits for the other in a cycle.
   */
  public void lock(Long fieldId, boolean alsoField) {
    em.createNativeQuery(
            "select id from registration_field_choice where field_id = ?1 order by id for update")
        .setParameter(1, fieldId)
        .getResultList();
    if (alsoField) {
      em.createNativeQuery("select id from registration_field where id = ?1 for update")
          .setParameter(1, fieldId)
          .getResultList();
    }
  }

  public Optional<RegistrationField> field(Long eventId, Long fieldId) {
    return Optional.ofNullable(em.find(RegistrationField.class, fieldId))
        .filter(f -> f.eventId().equals(eventId));
  }

  public void add(RegistrationField field) {
    em.persist(field);
  }

  public void remove(RegistrationField field) {
    em.remove(field);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Takes a place of each choice, in id order; stops at the first without one.
   *
   * @return the id of the choice that had no place left, empty when all were taken
   */
  public Optional<Long> take(Collection<Long> choiceIds) {
    for (Long id : new TreeSet<>(choiceIds)) {
      int rows =
          em.createQuery(
                  "update RegistrationFieldChoice c set c.taken = c.taken + 1"
                      + " where c.id = :id and (c.capacity is null or c.taken < c.capacity)")
              .setParameter("id", id)
              .executeUpdate();
      if (rows != 1) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** Gives back a place of each choice, in id order. */
  public void release(Collection<Long> choiceIds) {
    for (Long id : new TreeSet<>(choiceIds)) {
      em.createQuery(
              "update RegistrationFieldChoice c set c.taken = c.taken - 1"
                  + " where c.id = :id and c.taken > 0")
          .setParameter("id", id)
          .executeUpdate();
    }
  }

  /**
   * Sets a stored choice's places, unless fewer than are taken.
   *
   * @return whether it was set
   */
  public boolean setCapacity(Long choiceId, Integer capacity) {
    if (capacity == null) {
      return em.createNativeQuery(
                  "update registration_field_choice set capacity = null where id = ?1")
              .setParameter(1, choiceId)
              .executeUpdate()
          == 1;
    }
    return em.createNativeQuery(
                "update registration_field_choice set capacity = ?1 where id = ?2 and taken <= ?1")
            .setParameter(1, capacity)
            .setParameter(2, choiceId)
            .executeUpdate()
        == 1;
  }
}
