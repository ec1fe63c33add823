package org.colloquium.kernel.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Platform administrators only. */
@ApplicationScoped
@Admits(Audience.ADMINISTRATOR)
public class Administrators implements AccessRule {

  @Override
  public boolean admits(Visitor visitor, Map<String, String> parameters) {
    return visitor.administrator();
  }
}
