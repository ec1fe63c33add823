package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventStatus;

/** Calls for papers as visitors see them. Drafts stay hidden from those who may not manage them. */
@ApplicationScoped
@Transactional
public class CallCatalogue {

  @Inject EventAccess access;
  @Inject CallRepository calls;
  @Inject Clock clock;

  /**
   * The event with its call (or without one), if the viewer may see the event.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  public Optional<CallPage> page(String slug, Long viewerId) {
    return access
        .visible(slug, viewerId)
        .map(
            e ->
                new CallPage(
                    EventViews.summary(e),
                    calls
                        .ofEvent(e.id())
                        .map(c -> CallViews.details(e, c, clock.instant()))
                        .orElse(null)));
  }

  /**
   * The page of an event and call the caller has already loaded and checked the viewer's right to
   * see: no queries. Another feature's view of one of its own records (a submission) uses it.
   */
  public CallPage pageOf(Event event, CallForPapers call) {
    return new CallPage(
        EventViews.summary(event),
        call == null ? null : CallViews.details(event, call, clock.instant()));
  }

  /** The call of a published (or archived) event, for anyone: the JSON API uses it. */
  public Optional<CallDetails> publicCall(String slug) {
    return access
        .visible(slug, null)
        .filter(e -> e.status() != EventStatus.DRAFT)
        .flatMap(e -> calls.ofEvent(e.id()).map(c -> CallViews.details(e, c, clock.instant())));
  }
}
