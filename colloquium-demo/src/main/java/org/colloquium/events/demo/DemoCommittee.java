package org.colloquium.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.colloquium.events.api.Committee;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.InvitationRequest;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;

/**
 * A pending invitation on the demo conference's committee page, sent by the demo organiser through
 * the ordinary use case (the mail waits in the outbox when no mail server is configured).
 */
@ApplicationScoped
public class DemoCommittee implements DemoContent {

  static final String INVITED_REVIEWER = "kateryna.bondarenko@colloquium.example";

  @Inject Committee committee;
  @Inject AccountDirectory accounts;

  @Override
  public int order() {
    return 26;
  }

  @Override
  public void load() {
    var organiser = accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow();
    committee.invite(
        organiser.id(),
        DemoEvents.PAST_CONFERENCE,
        new InvitationRequest(
            INVITED_REVIEWER,
            EventRole.REVIEWER,
            "Dear Dr Bondarenko, we would be glad to have you review the papers on energy"
                + " security. — Ioana"));
  }
}
