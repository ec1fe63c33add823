package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/**
 * Who presents at an event: the presenting authors of the submissions accepted and announced to
 * their authors. Implemented by the module that decides them (reviews) and read by a module that
 * must not depend on it (registration registers them as speakers), so the dependency stays one way
 * through this interface of the events module.
 */
public interface Presenters {

  /** Each presenting author once (by address, lower case), with the titles they present. */
  List<Presenter> of(Long eventId);

  /**
   * A presenting author.
   *
   * @param email lower case
   * @param affiliation may be null
   * @param titles the titles of the submissions they present, in the submissions' order
   */
  record Presenter(String email, String fullName, String affiliation, List<String> titles)
      implements Serializable {

    public Presenter {
      titles = List.copyOf(titles);
    }
  }
}
