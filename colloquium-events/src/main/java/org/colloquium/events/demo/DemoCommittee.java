package org.colloquium.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.colloquium.events.application.Committee;
import org.colloquium.events.application.InvitationRequest;
import org.colloquium.events.domain.EventRole;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;

/**
 * A pending invitation on the demo conference's committee page, sent by the demo organiser through
 * the ordinary use case (the mail waits in the outbox when no mail server is configured).
 */
@ApplicationScoped
public class DemoCommittee implements DemoContent {

  static final String INVITED_REVIEWER = "kateryna.bondarenko@colloquium.example";

  @Inject Committee committee;
  @Inject AccountRepository accounts;

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
