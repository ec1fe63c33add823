package org.colloquium.web.review.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.reviews.api.ReviewerDesk;
import org.colloquium.reviews.api.ReviewerEvent;
import org.colloquium.web.security.SignedIn;

/** /review: the events the signed-in person reviews for. */
@Named
@RequestScoped
public class ReviewHome {

  @Inject SignedIn signedIn;
  @Inject ReviewerDesk desk;

  private List<ReviewerEvent> events;

  public List<ReviewerEvent> getEvents() {
    if (events == null) {
      events = desk.events(signedIn.accountId());
    }
    return events;
  }
}
