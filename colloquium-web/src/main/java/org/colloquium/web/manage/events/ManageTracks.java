package org.colloquium.web.manage.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.colloquium.events.api.PresentationTypeChange;
import org.colloquium.events.api.PresentationTypeEntry;
import org.colloquium.events.api.TrackChange;
import org.colloquium.events.api.TrackEntry;
import org.colloquium.events.api.TracksAndTypes;
import org.colloquium.events.api.TracksAndTypesOverview;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/tracks: add, edit, reorder and remove tracks (with chairs) and presentation
 * types. One form per kind serves for adding and, after "Edit", for changing an item; the item's
 * version travels with it so a concurrent change is reported, not overwritten.
 */
@Named
@ViewScoped
public class ManageTracks implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TracksAndTypes service;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private TracksAndTypesOverview overview;

  private Long trackId;
  private int trackVersion;
  private String trackName;
  private String trackDescription;
  private Long[] trackChairs = new Long[0];

  private Long typeId;
  private int typeVersion;
  private String typeName;
  private String typeDuration;

  public void load() {
    if (overview == null) {
      refresh();
    }
  }

  private void refresh() {
    overview = service.overview(signedIn.accountId(), slug);
  }

  public void saveTrack() {
    TrackChange change = new TrackChange(trackName, trackDescription, Arrays.asList(trackChairs));
    try {
      if (trackId == null) {
        service.addTrack(signedIn.accountId(), slug, change);
        Messages.addGlobalInfo("materials.track.added", trackName.strip());
      } else {
        service.updateTrack(signedIn.accountId(), slug, trackId, trackVersion, change);
        Messages.addGlobalInfo("materials.saved");
      }
      cancelTrack();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "track");
    }
  }

  public void editTrack(TrackEntry track) {
    trackId = track.id();
    trackVersion = track.version();
    trackName = track.name();
    trackDescription = track.description();
    trackChairs = track.chairIds().toArray(new Long[0]);
  }

  public void cancelTrack() {
    trackId = null;
    trackName = null;
    trackDescription = null;
    trackChairs = new Long[0];
  }

  public void removeTrack(TrackEntry track) {
    service.removeTrack(signedIn.accountId(), slug, track.id());
    Messages.addGlobalInfo("materials.removed", track.name());
    if (track.id().equals(trackId)) {
      cancelTrack();
    }
    refresh();
  }

  public void moveTrack(TrackEntry track, int delta) {
    service.moveTrack(signedIn.accountId(), slug, track.id(), delta);
    refresh();
  }

  public void saveType() {
    Integer minutes;
    try {
      minutes =
          typeDuration == null || typeDuration.isBlank()
              ? null
              : Integer.valueOf(typeDuration.strip());
    } catch (NumberFormatException e) {
      feedback.show(
          new ValidationException(Problem.of("duration", "materials.duration.notANumber")), "type");
      return;
    }
    PresentationTypeChange change = new PresentationTypeChange(typeName, minutes);
    try {
      if (typeId == null) {
        service.addType(signedIn.accountId(), slug, change);
        Messages.addGlobalInfo("materials.type.added", typeName.strip());
      } else {
        service.updateType(signedIn.accountId(), slug, typeId, typeVersion, change);
        Messages.addGlobalInfo("materials.saved");
      }
      cancelType();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "type");
    }
  }

  public void editType(PresentationTypeEntry type) {
    typeId = type.id();
    typeVersion = type.version();
    typeName = type.name();
    typeDuration = type.durationMinutes() == null ? null : type.durationMinutes().toString();
  }

  public void cancelType() {
    typeId = null;
    typeName = null;
    typeDuration = null;
  }

  public void removeType(PresentationTypeEntry type) {
    service.removeType(signedIn.accountId(), slug, type.id());
    Messages.addGlobalInfo("materials.removed", type.name());
    if (type.id().equals(typeId)) {
      cancelType();
    }
    refresh();
  }

  public void moveType(PresentationTypeEntry type, int delta) {
    service.moveType(signedIn.accountId(), slug, type.id(), delta);
    refresh();
  }

  public TracksAndTypesOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public boolean isEditingTrack() {
    return trackId != null;
  }

  public boolean isEditingType() {
    return typeId != null;
  }

  public String getTrackName() {
    return trackName;
  }

  public void setTrackName(String trackName) {
    this.trackName = trackName;
  }

  public String getTrackDescription() {
    return trackDescription;
  }

  public void setTrackDescription(String trackDescription) {
    this.trackDescription = trackDescription;
  }

  public Long[] getTrackChairs() {
    return trackChairs;
  }

  public void setTrackChairs(Long[] trackChairs) {
    this.trackChairs = trackChairs == null ? new Long[0] : trackChairs;
  }

  public String getTypeName() {
    return typeName;
  }

  public void setTypeName(String typeName) {
    this.typeName = typeName;
  }

  public String getTypeDuration() {
    return typeDuration;
  }

  public void setTypeDuration(String typeDuration) {
    this.typeDuration = typeDuration;
  }
}
