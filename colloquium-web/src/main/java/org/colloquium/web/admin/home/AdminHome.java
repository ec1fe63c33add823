package org.colloquium.web.admin.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.colloquium.kernel.mail.api.MailState;
import org.colloquium.kernel.mail.api.OutboxAdministration;
import org.colloquium.web.security.SignedIn;

/** /admin: the state of the platform at a glance. */
@Named
@RequestScoped
public class AdminHome {

  @Inject OutboxAdministration outbox;
  @Inject SignedIn signedIn;

  private Map<MailState, Long> mailCounts;

  public Map<MailState, Long> getMailCounts() {
    if (mailCounts == null) {
      mailCounts = new EnumMap<>(MailState.class);
      for (MailState state : MailState.values()) {
        mailCounts.put(state, outbox.count(signedIn.accountId(), state));
      }
    }
    return mailCounts;
  }

  public MailState[] getMailStates() {
    return MailState.values();
  }
}
