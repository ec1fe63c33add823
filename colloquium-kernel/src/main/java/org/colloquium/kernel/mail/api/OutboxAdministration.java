package org.colloquium.kernel.mail.api;

import java.util.List;

/** What a platform administrator sees of, and does with, the outbox. */
public interface OutboxAdministration {
  List<OutboxEntry> page(Long actorId, MailState state, int first, int size);

  long count(Long actorId, MailState state);

  /** Puts a failed or held mail back in the queue, to be sent at once. */
  void resend(Long actorId, Long messageId);
}
