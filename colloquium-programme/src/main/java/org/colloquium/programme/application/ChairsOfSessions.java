package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.api.SessionChairs;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.ProgrammeRepository;

/**
 * The events module's {@link SessionChairs}: the chairs of the programme being built (what the
 * badges are printed from is the programme as it stands, published or about to be).
 */
@ApplicationScoped
@Transactional
public class ChairsOfSessions implements SessionChairs {

  @Inject ProgrammeRepository repository;

  @Override
  public Set<String> emails(Long eventId) {
    return repository.sessions(eventId).stream()
        .flatMap(s -> s.chairs().stream())
        .map(Chair::email)
        .filter(Objects::nonNull)
        .map(e -> e.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
