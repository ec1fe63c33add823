package org.colloquium.events.api;

import java.util.Optional;

/** Calls for papers as visitors see them. Drafts stay hidden from those who may not manage them. */
public interface CallCatalogue {
  /**
   * The event with its call (or without one), if the viewer may see the event.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  Optional<CallPage> page(String slug, Long viewerId);

  /** The call of a published (or archived) event, for anyone: the JSON API uses it. */
  Optional<CallDetails> publicCall(String slug);

  /**
   * The page of an event and its call for a caller that has already checked the viewer's right to
   * see the event: another feature's view of one of its own records (a submission) uses it.
   *
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   */
  CallPage pageOf(Long eventId);
}
