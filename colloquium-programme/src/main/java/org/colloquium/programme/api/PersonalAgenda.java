package org.colloquium.programme.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contributions a signed-in visitor starred on an event's public programme, kept for their
 * account so that their agenda is the same in every browser they sign in with. (Anonymous visitors
 * keep theirs in the browser only.) Ids are the public programme's contribution ids; an id of no
 * contribution of the event is dropped (the stars count as a talk's audience for the organisers),
 * one of a contribution the current release does not show is kept but shown nowhere, like a star on
 * a talk that was withdrawn.
 */
public interface PersonalAgenda {

  /** At most this many stars per event and account. */
  int LIMIT = 500;

  /** The stars, by id; empty when the event is not visible to the account. */
  Optional<List<Long>> starred(Long accountId, String slug);

  /**
   * Makes {@code contributionIds} (those of the event's contributions, the first {@link #LIMIT})
   * the account's stars.
   *
   * @return the stars kept; empty when the event is not visible to the account
   */
  Optional<List<Long>> replace(Long accountId, String slug, Collection<Long> contributionIds);
}
