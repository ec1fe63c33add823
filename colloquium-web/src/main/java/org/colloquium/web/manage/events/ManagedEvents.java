package org.colloquium.web.manage.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventSummary;
import org.colloquium.web.security.SignedIn;

/** /manage: the events the caller organises. */
@Named
@RequestScoped
public class ManagedEvents {

  @Inject EventManagement management;
  @Inject SignedIn signedIn;

  private List<EventSummary> events;

  public List<EventSummary> getEvents() {
    if (events == null) {
      events = management.managedBy(signedIn.accountId());
    }
    return events;
  }
}
