package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces that a row became due, so the dispatcher runs after the transaction commits. */
@ApplicationScoped
class MailQueuedNotifier {

  @Inject Event<MailQueued> queued;

  void queued(Long outboxId) {
    queued.fire(new MailQueued(outboxId));
  }
}
