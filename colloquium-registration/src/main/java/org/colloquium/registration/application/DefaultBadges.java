package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.SessionChairs;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.registration.api.Badges;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.print.Badge;
import org.colloquium.registration.domain.print.BadgeRole;
import org.colloquium.registration.domain.print.BadgeSheet;

/** Badges of the people coming in person, for organisers to print. */
@ApplicationScoped
@Transactional
public class DefaultBadges implements Badges {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject EventDirectory directory;
  @Inject Tickets tickets;
  @Inject @Any Instance<SessionChairs> chairs;

  @Override
  public byte[] sheet(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    Collator collator = Collator.getInstance(event.language().locale());
    List<Registration> coming =
        repository.of(event.id(), null, null).stream()
            .filter(r -> r.hasTicket() && !r.anonymised())
            .sorted(Comparator.comparing(Registration::fullName, collator))
            .toList();
    return render(event, coming);
  }

  @Override
  public byte[] one(Long actorId, String slug, Long registrationId) {
    EventFacts event = events.manageable(actorId, slug);
    Registration r =
        repository
            .find(registrationId)
            .filter(found -> found.eventId().equals(event.id()) && !found.anonymised())
            // Only someone confirmed to come in person has a badge (and a ticket on it).
            .filter(Registration::hasTicket)
            .orElseThrow(() -> new NotFoundException("registration " + registrationId));
    return render(event, List.of(r));
  }

  private byte[] render(EventFacts event, List<Registration> people) {
    Set<Long> organisers = new HashSet<>(directory.membersWith(event.id(), EventRole.ORGANISER));
    Set<String> chairEmails = new HashSet<>();
    for (SessionChairs source : chairs) {
      chairEmails.addAll(source.emails(event.id()));
    }
    List<Badge> badges =
        people.stream()
            .map(
                r ->
                    new Badge(
                        r.fullName(),
                        r.affiliation(),
                        role(r, organisers, chairEmails),
                        r.hasTicket() ? tickets.code(r) : null))
            .toList();
    return BadgeSheet.render(event.title(), event.language(), badges);
  }

  /**
   * What the band says: a speaker presents, a chair chairs, whoever else organises; everyone else
   * takes part.
   */
  static BadgeRole role(Registration r, Set<Long> organisers, Set<String> chairs) {
    if (r.speaker()) {
      return BadgeRole.SPEAKER;
    }
    if (chairs.contains(r.email().toLowerCase(Locale.ROOT))) {
      return BadgeRole.CHAIR;
    }
    return r.accountId() != null && organisers.contains(r.accountId())
        ? BadgeRole.ORGANISER
        : BadgeRole.PARTICIPANT;
  }
}
