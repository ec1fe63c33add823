package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.Registering;
import org.colloquium.web.security.SignedIn;

/** The signed-in person's registrations that are not over, for "My area". */
@Named
@RequestScoped
public class MyRegistrations {

  @Inject Registering registering;
  @Inject SignedIn signedIn;

  private List<MyRegistration> list;

  public List<MyRegistration> getList() {
    if (list == null) {
      list = registering.mine(signedIn.accountId());
    }
    return list;
  }
}
