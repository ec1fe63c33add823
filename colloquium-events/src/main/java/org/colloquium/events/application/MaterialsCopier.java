package org.colloquium.events.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;

/**
 * Copies the tracks and presentation types of an edition into its copy. Chairs come along when they
 * are members of the new edition's committee; this observer runs after those with the default
 * priority, so a committee copied by another observer is already there. Attachments and media links
 * belong to one edition and are not copied; partners' logos come with the partners.
 */
@ApplicationScoped
public class MaterialsCopier {

  @Inject MaterialsRepository materials;

  void copy(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) EventCopied copied) {
    Set<Long> members = Set.copyOf(materials.memberIds(copied.copyEventId()));
    for (Track source : materials.tracks(copied.sourceEventId())) {
      Track track =
          new Track(copied.copyEventId(), source.position(), source.name(), source.description());
      track.chairedBy(
          source.chairs().stream().filter(members::contains).collect(Collectors.toSet()));
      materials.add(track);
    }
    for (PresentationType source : materials.types(copied.sourceEventId())) {
      materials.add(
          new PresentationType(
              copied.copyEventId(), source.position(), source.name(), source.durationMinutes()));
    }
  }
}
