package org.colloquium.kernel.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Anyone signed in: authors and attendees need nothing more. Pages under such a rule that show one
 * person's things (a submission) answer 404 to others from their service.
 */
@ApplicationScoped
@Admits({Audience.SIGNED_IN, Audience.REVIEWER, Audience.ORGANISER, Audience.ADMINISTRATOR})
public class AnySignedIn implements AccessRule {

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return true;
  }
}
