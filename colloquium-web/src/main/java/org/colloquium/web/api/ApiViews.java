package org.colloquium.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventMaterialsView;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.api.InstitutionView;
import org.colloquium.kernel.config.Settings;
import org.colloquium.submissions.api.CallChoices;

/** Turns the events module's views into the API's documented shapes, with absolute links. */
@ApplicationScoped
public class ApiViews {

  @Inject Settings settings;

  public List<ApiEvent> events(List<EventSummary> upcoming, List<EventSummary> past) {
    return Stream.concat(upcoming.stream(), past.stream()).map(this::event).toList();
  }

  public ApiEvent event(EventSummary e) {
    return new ApiEvent(
        e.slug(),
        e.title(),
        e.subtitle(),
        e.language().name().toLowerCase(Locale.ROOT),
        e.status().name().toLowerCase(Locale.ROOT),
        at(e.start(), e.zone()),
        at(e.end(), e.zone()),
        e.zone().getId(),
        e.venueName(),
        e.attendance().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        settings.baseUrl() + "/events/" + e.slug(),
        settings.baseUrl() + "/api/v1/events/" + e.slug());
  }

  public ApiEventDetails details(
      EventDetails d, CallDetails call, EventMaterialsView materials, CallChoices.Choices ids) {
    EventSummary e = d.summary();
    return new ApiEventDetails(
        event(e),
        d.descriptionHtml(),
        d.venueAddress(),
        institution(d.organiser()),
        d.partners().stream().map(ApiViews::institution).toList(),
        call == null ? null : call(call, e),
        materials == null
            ? List.of()
            : materials.tracks().stream()
                .map(
                    t ->
                        new ApiEventDetails.Track(
                            idOf(ids == null ? null : ids.tracks(), t.name()),
                            t.name(),
                            t.description()))
                .toList(),
        materials == null
            ? List.of()
            : materials.types().stream()
                .map(
                    t ->
                        new ApiEventDetails.PresentationType(
                            idOf(ids == null ? null : ids.presentationTypes(), t.name()),
                            t.name(),
                            t.durationMinutes()))
                .toList());
  }

  private ApiEventDetails.CallForPapers call(CallDetails c, EventSummary e) {
    return new ApiEventDetails.CallForPapers(
        at(c.opensAt(), c.zone()),
        at(c.abstractDeadline(), c.zone()),
        at(c.fullPaperDeadline(), c.zone()),
        at(c.notificationAt(), c.zone()),
        at(c.cameraReadyAt(), c.zone()),
        c.open(),
        c.eligibility(),
        c.reviewMode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        settings.baseUrl() + "/events/" + e.slug() + "/cfp");
  }

  /** Names are unique within an event, so the public view's entries find their ids by name. */
  private static Long idOf(List<Choice> choices, String name) {
    return choices == null
        ? null
        : choices.stream()
            .filter(c -> c.name().equals(name))
            .map(Choice::id)
            .findFirst()
            .orElse(null);
  }

  private static ApiEventDetails.Institution institution(InstitutionView i) {
    return i == null ? null : new ApiEventDetails.Institution(i.name(), i.url());
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
