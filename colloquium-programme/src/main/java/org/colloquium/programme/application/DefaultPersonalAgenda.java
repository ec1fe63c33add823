package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.programme.api.PersonalAgenda;
import org.colloquium.programme.domain.ProgrammeRepository;

/** Stars kept per account and event. */
@ApplicationScoped
@Transactional
public class DefaultPersonalAgenda implements PersonalAgenda {

  @Inject EventDirectory events;
  @Inject ProgrammeRepository programme;

  @Override
  public Optional<List<Long>> starred(Long accountId, String slug) {
    if (accountId == null) {
      return Optional.empty();
    }
    return events.visible(slug, accountId).map(e -> programme.stars(accountId, e.id()));
  }

  @Override
  public Optional<List<Long>> replace(
      Long accountId, String slug, Collection<Long> contributionIds) {
    if (accountId == null) {
      return Optional.empty();
    }
    return events
        .visible(slug, accountId)
        .map(
            e -> {
              Set<Long> ofEvent = programme.contributionIds(e.id());
              List<Long> kept =
                  kept(
                      contributionIds.stream()
                          .filter(Objects::nonNull)
                          .filter(ofEvent::contains)
                          .toList());
              programme.replaceStars(accountId, e.id(), kept);
              return kept;
            });
  }

  /** Positive ids, each once, in order, at most {@link #LIMIT}. */
  static List<Long> kept(Collection<Long> ids) {
    return ids.stream()
        .filter(Objects::nonNull)
        .filter(id -> id > 0)
        .distinct()
        .sorted()
        .limit(LIMIT)
        .toList();
  }
}
