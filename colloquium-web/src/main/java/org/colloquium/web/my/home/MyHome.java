package org.colloquium.web.my.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventSummary;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.web.security.SignedIn;

/** /my: the signed-in person's starting page. */
@Named
@RequestScoped
public class MyHome {

  @Inject SignedIn signedIn;
  @Inject EventManagement management;

  private List<EventSummary> managed;
  private List<EventSummary> doors;

  public AccountView getAccount() {
    return signedIn.account().orElseThrow();
  }

  /** Events this person organises (shown with a link to their management pages). */
  public List<EventSummary> getManagedEvents() {
    if (managed == null) {
      managed = management.managedBy(signedIn.accountId());
    }
    return managed;
  }

  /** Events whose door this person keeps (a link to each check-in page). */
  public List<EventSummary> getDoors() {
    if (doors == null) {
      doors = management.doorsOf(signedIn.accountId());
    }
    return doors;
  }
}
