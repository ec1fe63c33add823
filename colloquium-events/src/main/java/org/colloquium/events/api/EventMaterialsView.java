package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/**
 * Everything of an event's materials the public page and the JSON API show: tracks, presentation
 * types, the organising institution (null if none) and partners with logos, attachments, media.
 */
public record EventMaterialsView(
    List<TrackView> tracks,
    List<PresentationTypeView> types,
    PartnerView organiser,
    List<PartnerView> partners,
    List<AttachmentView> attachments,
    List<MediaLinkView> mediaLinks)
    implements Serializable {

  public boolean isEmpty() {
    return tracks.isEmpty()
        && types.isEmpty()
        && organiser == null
        && partners.isEmpty()
        && attachments.isEmpty()
        && mediaLinks.isEmpty();
  }
}
