package org.colloquium.programme.domain.draft;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a speaker would like, as opposed to what they cannot do (that is an unavailable interval of
 * the problem, a hard constraint). A preference is per speaker, not per contribution, because a
 * speaker with two talks has one calendar.
 *
 * @param preferredDays days on which the speaker would like to speak; empty for no preference
 * @param avoidedBlockIds blocks the speaker would rather not speak in
 */
public record SpeakerPreference(Set<LocalDate> preferredDays, Set<String> avoidedBlockIds) {

  public SpeakerPreference {
    preferredDays = preferredDays == null ? Set.of() : Set.copyOf(preferredDays);
    avoidedBlockIds = avoidedBlockIds == null ? Set.of() : Set.copyOf(avoidedBlockIds);
  }
}
