package org.colloquium.events.api;

import java.io.Serializable;

/** A public event with its call for papers, or with {@code call} null when it has none. */
public record CallPage(EventSummary event, CallDetails call) implements Serializable {

  public boolean hasCall() {
    return call != null;
  }
}
