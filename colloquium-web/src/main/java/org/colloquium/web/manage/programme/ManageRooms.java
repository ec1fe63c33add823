package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.RoomInput;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.RoomView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/rooms: the event's rooms, real and online. One form adds a room
 * and, after "Edit", changes it.
 */
@Named
@ViewScoped
public class ManageRooms implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private EditorView view;
  private Long roomId;
  private String name;
  private String capacity;
  private RoomMode mode = RoomMode.IN_PERSON;
  private String streamUrl;

  public void load() {
    if (view == null) {
      refresh();
    }
  }

  private void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
  }

  public void save() {
    Integer places = null;
    if (capacity != null && !capacity.isBlank()) {
      try {
        places = Integer.valueOf(capacity.strip());
      } catch (NumberFormatException e) {
        feedback.show(
            new ValidationException(Problem.of("capacity", "programme.room.capacity.notANumber")),
            "room");
        return;
      }
    }
    RoomInput input = new RoomInput(name, places, mode, streamUrl);
    try {
      if (roomId == null) {
        editing.addRoom(signedIn.accountId(), slug, input);
        Messages.addGlobalInfo("programme.room.added", name.strip());
      } else {
        editing.changeRoom(signedIn.accountId(), slug, roomId, input);
        Messages.addGlobalInfo("programme.room.saved");
      }
      cancel();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "room");
    }
  }

  public void edit(RoomView room) {
    roomId = room.id();
    name = room.name();
    capacity = room.capacity() == null ? null : room.capacity().toString();
    mode = room.mode();
    streamUrl = room.streamUrl();
  }

  public void cancel() {
    roomId = null;
    name = null;
    capacity = null;
    mode = RoomMode.IN_PERSON;
    streamUrl = null;
  }

  public void remove(RoomView room) {
    editing.removeRoom(signedIn.accountId(), slug, room.id());
    Messages.addGlobalInfo("programme.room.removed", room.name());
    if (room.id().equals(roomId)) {
      cancel();
    }
    refresh();
  }

  public RoomMode[] getModes() {
    return RoomMode.values();
  }

  public boolean isEditing() {
    return roomId != null;
  }

  public EditorView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public RoomMode getMode() {
    return mode;
  }

  public void setMode(RoomMode mode) {
    this.mode = mode;
  }

  public String getStreamUrl() {
    return streamUrl;
  }

  public void setStreamUrl(String streamUrl) {
    this.streamUrl = streamUrl;
  }
}
