package org.colloquium.web.site.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.events.api.CallSummary;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventSummary;
import org.colloquium.web.i18n.LocaleSelection;

/** /: upcoming events, open calls for papers, past events, in the visitor's language. */
@Named
@RequestScoped
public class HomePage {

  static final int PAST_SHOWN = 20;

  @Inject EventCatalogue catalogue;
  @Inject LocaleSelection language;

  private List<EventSummary> upcoming;
  private List<EventSummary> past;
  private List<CallSummary> openCalls;

  public List<EventSummary> getUpcoming() {
    if (upcoming == null) {
      upcoming = catalogue.upcoming(language.current());
    }
    return upcoming;
  }

  public List<EventSummary> getPast() {
    if (past == null) {
      past = catalogue.past(PAST_SHOWN, language.current());
    }
    return past;
  }

  public List<CallSummary> getOpenCalls() {
    if (openCalls == null) {
      openCalls = catalogue.openCalls();
    }
    return openCalls;
  }
}
