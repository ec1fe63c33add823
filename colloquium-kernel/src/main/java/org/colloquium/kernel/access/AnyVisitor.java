package org.colloquium.kernel.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Anyone, signed in or not: the public site. The only rule that needs no sign-in. */
@ApplicationScoped
@Admits({
  Audience.ANONYMOUS,
  Audience.SIGNED_IN,
  Audience.REVIEWER,
  Audience.ORGANISER,
  Audience.ADMINISTRATOR
})
public class AnyVisitor implements AccessRule {

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return true;
  }
}
