package org.colloquium.events.api;

import java.util.List;
import java.util.Optional;

/**
 * An event's attached PDFs and media links for organisers, and everything of the event's materials
 * for the public page, the JSON API and the file addresses. Public reads answer empty for drafts
 * unless the viewer may manage the event, so a draft's existence does not leak.
 */
public interface EventMaterials {
  MaterialsOverview overview(Long actorId, String slug);

  /** Attaches a PDF under a safe, unique file name derived from the uploaded one. */
  AttachmentView attach(Long actorId, String slug, AttachmentUpload upload);

  void removeAttachment(Long actorId, String slug, Long attachmentId);

  void moveAttachment(Long actorId, String slug, Long attachmentId, int delta);

  void addMediaLink(Long actorId, String slug, MediaLinkChange change);

  void removeMediaLink(Long actorId, String slug, Long linkId);

  void moveMediaLink(Long actorId, String slug, Long linkId, int delta);

  /** Everything the public page shows of the event's materials, if the viewer may see it. */
  Optional<EventMaterialsView> publicView(String slug, Long viewerId);

  /** The public tracks of an event (for the JSON API), if the viewer may see it. */
  Optional<List<TrackView>> tracks(String slug, Long viewerId);

  /** The public presentation types of an event (for the JSON API), if the viewer may see it. */
  Optional<List<PresentationTypeView>> presentationTypes(String slug, Long viewerId);

  /** An attached PDF by its download name, if the viewer may see the event. */
  Optional<ServedFile> attachment(String slug, Long viewerId, String fileName);
}
