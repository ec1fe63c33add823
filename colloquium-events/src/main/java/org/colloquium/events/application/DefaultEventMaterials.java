package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.AttachmentEntry;
import org.colloquium.events.api.AttachmentUpload;
import org.colloquium.events.api.AttachmentView;
import org.colloquium.events.api.EventMaterials;
import org.colloquium.events.api.EventMaterialsView;
import org.colloquium.events.api.MaterialsOverview;
import org.colloquium.events.api.MediaLinkChange;
import org.colloquium.events.api.MediaLinkEntry;
import org.colloquium.events.api.MediaLinkView;
import org.colloquium.events.api.PresentationTypeView;
import org.colloquium.events.api.ServedFile;
import org.colloquium.events.api.TrackView;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventAttachment;
import org.colloquium.events.domain.MaterialRules;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.events.domain.MediaLink;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link EventMaterials}. */
@ApplicationScoped
@Transactional
public class DefaultEventMaterials implements EventMaterials {

  @Inject EventAccess access;
  @Inject MaterialsRepository materials;
  @Inject AccountDirectory accounts;
  @Inject FileStore files;
  @Inject UploadInspection inspection;
  @Inject Clock clock;

  @Override
  public MaterialsOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    return new MaterialsOverview(
        materials.attachments(event.id()).stream()
            .map(a -> new AttachmentEntry(a.id(), view(event, a)))
            .toList(),
        materials.mediaLinks(event.id()).stream()
            .map(l -> new MediaLinkEntry(l.id(), view(l)))
            .toList());
  }

  @Override
  public AttachmentView attach(Long actorId, String slug, AttachmentUpload upload) {
    Event event = access.manageable(actorId, slug);
    List<Problem> problems = new ArrayList<>();
    if (upload.kind() == null) {
      problems.add(Problem.of("kind", "materials.kind.required"));
    }
    problems.addAll(MaterialRules.checkName("title", upload.title(), List.of()));
    CheckedContent pdf = null;
    try {
      pdf = inspection.publicPdf(actorId, "file", upload.bytes());
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    ValidationException.throwIfAny(problems);
    List<EventAttachment> existing = materials.attachments(event.id());
    String fileName =
        MaterialRules.fileName(
            upload.uploadedName(), existing.stream().map(EventAttachment::fileName).toList());
    EventAttachment attachment =
        new EventAttachment(
            event.id(),
            existing.size(),
            upload.kind(),
            upload.title(),
            upload.language(),
            fileName,
            files.store(pdf),
            clock.instant());
    materials.add(attachment);
    return view(event, attachment);
  }

  @Override
  public void removeAttachment(Long actorId, String slug, Long attachmentId) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.remove(materials, materials.attachments(event.id()), attachmentId);
  }

  @Override
  public void moveAttachment(Long actorId, String slug, Long attachmentId, int delta) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.move(materials.attachments(event.id()), attachmentId, delta);
  }

  @Override
  public void addMediaLink(Long actorId, String slug, MediaLinkChange change) {
    Event event = access.manageable(actorId, slug);
    List<MediaLink> links = materials.mediaLinks(event.id());
    List<Problem> problems = new ArrayList<>();
    problems.addAll(MaterialRules.checkName("title", change.title(), List.of()));
    problems.addAll(MaterialRules.checkWebAddress("url", change.url(), true));
    if (change.kind() == null) {
      problems.add(Problem.of("kind", "materials.kind.required"));
    }
    ValidationException.throwIfAny(problems);
    materials.add(
        new MediaLink(event.id(), links.size(), change.title(), change.url(), change.kind()));
  }

  @Override
  public void removeMediaLink(Long actorId, String slug, Long linkId) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.remove(materials, materials.mediaLinks(event.id()), linkId);
  }

  @Override
  public void moveMediaLink(Long actorId, String slug, Long linkId, int delta) {
    Event event = access.manageable(actorId, slug);
    OrderedMaterials.move(materials.mediaLinks(event.id()), linkId, delta);
  }

  @Override
  public Optional<EventMaterialsView> publicView(String slug, Long viewerId) {
    return access.visible(slug, viewerId).map(this::publicView);
  }

  @Override
  public Optional<List<TrackView>> tracks(String slug, Long viewerId) {
    return publicView(slug, viewerId).map(EventMaterialsView::tracks);
  }

  @Override
  public Optional<List<PresentationTypeView>> presentationTypes(String slug, Long viewerId) {
    return publicView(slug, viewerId).map(EventMaterialsView::types);
  }

  @Override
  public Optional<ServedFile> attachment(String slug, Long viewerId, String fileName) {
    return access
        .visible(slug, viewerId)
        .flatMap(
            event ->
                materials.attachments(event.id()).stream()
                    .filter(a -> a.fileName().equals(fileName))
                    .findFirst())
        .flatMap(
            a ->
                files
                    .read(a.file())
                    .map(
                        f -> new ServedFile(f.bytes(), f.contentType(), a.fileName(), f.sha256())));
  }

  private EventMaterialsView publicView(Event event) {
    List<Track> tracks = materials.tracks(event.id());
    Set<Long> chairs = new LinkedHashSet<>();
    tracks.forEach(t -> chairs.addAll(t.chairs()));
    Map<Long, String> names = accounts.names(chairs);
    return new EventMaterialsView(
        tracks.stream()
            .map(
                t ->
                    new TrackView(
                        t.name(),
                        t.description(),
                        t.chairs().stream()
                            .map(id -> names.getOrDefault(id, ""))
                            .filter(n -> !n.isEmpty())
                            .sorted()
                            .toList()))
            .toList(),
        materials.types(event.id()).stream()
            .map(t -> new PresentationTypeView(t.name(), t.durationMinutes()))
            .toList(),
        DefaultPartners.organiserView(event),
        DefaultPartners.views(event),
        materials.attachments(event.id()).stream().map(a -> view(event, a)).toList(),
        materials.mediaLinks(event.id()).stream().map(DefaultEventMaterials::view).toList());
  }

  private AttachmentView view(Event event, EventAttachment a) {
    return new AttachmentView(
        a.kind(),
        a.title(),
        a.language() == null ? null : a.language().code(),
        a.fileName(),
        "/events/" + event.slug().value() + "/attachments/" + a.fileName(),
        files.sizeOf(a.file()).orElse(0L));
  }

  private static MediaLinkView view(MediaLink l) {
    return new MediaLinkView(l.title(), l.url(), l.kind());
  }
}
