package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.events.api.ChairCandidate;
import org.colloquium.events.api.PresentationTypeChange;
import org.colloquium.events.api.PresentationTypeEntry;
import org.colloquium.events.api.TrackChange;
import org.colloquium.events.api.TrackEntry;
import org.colloquium.events.api.TracksAndTypes;
import org.colloquium.events.api.TracksAndTypesOverview;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.MaterialRules;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link TracksAndTypes}. */
@ApplicationScoped
@Transactional
public class DefaultTracksAndTypes implements TracksAndTypes {

  @Inject EventAccess access;
  @Inject MaterialsRepository materials;
  @Inject AccountDirectory accounts;

  @Override
  public TracksAndTypesOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    List<Track> tracks = materials.tracks(event.id());
    Set<Long> people = new LinkedHashSet<>(materials.memberIds(event.id()));
    tracks.forEach(t -> people.addAll(t.chairs()));
    Map<Long, String> names = accounts.names(people);
    List<ChairCandidate> committee =
        materials.memberIds(event.id()).stream()
            .map(id -> new ChairCandidate(id, names.getOrDefault(id, "?")))
            .sorted(Comparator.comparing(ChairCandidate::fullName))
            .toList();
    return new TracksAndTypesOverview(
        tracks.stream().map(t -> entry(t, names)).toList(),
        materials.types(event.id()).stream().map(DefaultTracksAndTypes::entry).toList(),
        committee);
  }

  @Override
  public void addTrack(Long actorId, String slug, TrackChange change) {
    Event event = access.manageable(actorId, slug);
    List<Track> tracks = materials.tracks(event.id());
    check(event, change, tracks, null);
    Track track = new Track(event.id(), tracks.size(), change.name(), change.description());
    track.chairedBy(new LinkedHashSet<>(change.chairIds()));
    materials.add(track);
  }

  @Override
  public void updateTrack(
      Long actorId, String slug, Long trackId, int expectedVersion, TrackChange change) {
    Event event = access.manageable(actorId, slug);
    List<Track> tracks = materials.tracks(event.id());
    Track track = OrderedMaterials.find(tracks, trackId);
    requireVersion(track.version(), expectedVersion);
    check(event, change, tracks, track);
    track.rename(change.name(), change.description());
    track.chairedBy(new LinkedHashSet<>(change.chairIds()));
    flush();
  }

  @Override
  public void removeTrack(Long actorId, String slug, Long trackId) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.remove(materials, materials.tracks(event.id()), trackId);
  }

  @Override
  public void moveTrack(Long actorId, String slug, Long trackId, int delta) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.move(materials.tracks(event.id()), trackId, delta);
  }

  @Override
  public void addType(Long actorId, String slug, PresentationTypeChange change) {
    Event event = access.manageable(actorId, slug);
    List<PresentationType> types = materials.types(event.id());
    check(change, types, null);
    materials.add(
        new PresentationType(event.id(), types.size(), change.name(), change.durationMinutes()));
  }

  @Override
  public void updateType(
      Long actorId, String slug, Long typeId, int expectedVersion, PresentationTypeChange change) {
    Event event = access.manageable(actorId, slug);
    List<PresentationType> types = materials.types(event.id());
    PresentationType type = OrderedMaterials.find(types, typeId);
    requireVersion(type.version(), expectedVersion);
    check(change, types, type);
    type.change(change.name(), change.durationMinutes());
    flush();
  }

  @Override
  public void removeType(Long actorId, String slug, Long typeId) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.remove(materials, materials.types(event.id()), typeId);
  }

  @Override
  public void moveType(Long actorId, String slug, Long typeId, int delta) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.move(materials.types(event.id()), typeId, delta);
  }

  private void check(Event event, TrackChange change, List<Track> tracks, Track editing) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(
        MaterialRules.checkName(
            "name",
            change.name(),
            tracks.stream().filter(t -> t != editing).map(Track::name).toList()));
    problems.addAll(MaterialRules.checkDescription("description", change.description()));
    Set<Long> members = Set.copyOf(materials.memberIds(event.id()));
    Set<Long> kept = editing == null ? Set.of() : editing.chairs();
    // A chair who has since left the committee may stay, but nobody new from outside it.
    if (change.chairIds().stream().anyMatch(id -> !members.contains(id) && !kept.contains(id))) {
      problems.add(Problem.of("chairs", "materials.chairs.notMember"));
    }
    ValidationException.throwIfAny(problems);
  }

  private static void check(
      PresentationTypeChange change, List<PresentationType> types, PresentationType editing) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(
        MaterialRules.checkName(
            "name",
            change.name(),
            types.stream().filter(t -> t != editing).map(PresentationType::name).toList()));
    problems.addAll(MaterialRules.checkDuration("duration", change.durationMinutes()));
    ValidationException.throwIfAny(problems);
  }

  static void requireVersion(int actual, int expected) {
    if (actual != expected) {
      throw new ValidationException(Problem.global("materials.conflict"));
    }
  }

  private void flush() {
    try {
      materials.flush();
    } catch (OptimisticLockException e) {
      throw new ValidationException(Problem.global("materials.conflict"));
    }
  }

  private static TrackEntry entry(Track t, Map<Long, String> names) {
    List<Long> chairs = t.chairs().stream().sorted().toList();
    return new TrackEntry(
        t.id(),
        t.version(),
        t.name(),
        t.description(),
        chairs,
        chairs.stream().map(id -> names.getOrDefault(id, "?")).sorted().toList());
  }

  private static PresentationTypeEntry entry(PresentationType t) {
    return new PresentationTypeEntry(t.id(), t.version(), t.name(), t.durationMinutes());
  }
}
