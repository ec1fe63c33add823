package org.colloquium.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.domain.AttendanceMode;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.EventRole;
import org.colloquium.events.domain.EventSchedule;
import org.colloquium.events.domain.Institution;
import org.colloquium.events.domain.Slug;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;

/**
 * Events of a research centre: the past international conference "20 Months After…" (slug {@code
 * 20-months-after}, 9–11 November 2023, Bucharest and online), the centre's IIIrd Annual Conference
 * (slug {@code annual-conference-iii}) whose call for papers is open, with dates computed from
 * today so the call is open whenever the demo is first started, and a draft of the IVth edition
 * that only administrators can see.
 */
@ApplicationScoped
public class DemoEvents implements DemoContent {

  public static final String PAST_CONFERENCE = "20-months-after";
  public static final String ANNUAL_CONFERENCE = "annual-conference-iii";
  public static final String NEXT_EDITION = "annual-conference-iv";

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private static final Institution CENTRE =
      new Institution(
          "Romanian Centre for Russian Studies, University of Bucharest", "https://unibuc.ro/");

  private static final List<Institution> PARTNERS =
      List.of(
          new Institution("The Fridtjof Nansen Institute (Oslo)", "https://www.fni.no/"),
          new Institution(
              "The Institute for the Danube Region and Central Europe (Vienna)",
              "https://www.idm.at/"));

  @Inject EventRepository events;
  @Inject AccountRepository accounts;
  @Inject Clock clock;

  @Override
  public int order() {
    return 10;
  }

  @Override
  @Transactional
  public void load() {
    var now = clock.instant();

    Event past =
        new Event(
            new Slug(PAST_CONFERENCE),
            "20 Months After the Russian Invasion in Ukraine. What Has Been Done, What Needs to"
                + " Be Done in the Near Future",
            schedule(LocalDateTime.of(2023, 11, 9, 9, 30), LocalDateTime.of(2023, 11, 11, 18, 0)),
            AttendanceMode.HYBRID,
            now);
    past.describe(
        "International Conference of the Romanian Centre for Russian Studies",
        """
        **November 9th–11th 2023**, Bucharest. *You are welcome to attend online.*

        Please note this is an academic event **primarily for students and emerging scholars**.
        Twenty months after the beginning of the Russian invasion, researchers from Romania,
        Ukraine, the Republic of Moldova and their partner institutes discuss what has been done,
        what needs to be done in the near future, and what the war means for the region.

        - Programme (PDF) and press release (in Romanian) are published by the organisers.
        - Media coverage: [recording on YouTube](https://www.youtube.com/watch?v=XEYYGLVzrcs)
        """);
    past.holdAt(
        "University of Bucharest",
        "Bulevardul Regina Elisabeta 4–12, Bucharest, Romania",
        AttendanceMode.HYBRID);
    past.organisedBy(CENTRE, PARTNERS);
    past.publish();
    events.add(past);

    LocalDate today = LocalDate.ofInstant(now, BUCHAREST);
    LocalDate conferenceDay = today.plusDays(150);
    Event annual =
        new Event(
            new Slug(ANNUAL_CONFERENCE),
            "IIIrd Annual Conference of the Romanian Centre for Russian Studies: War in Ukraine."
                + " What Does the Future of Central and Eastern Europe Look Like?",
            schedule(conferenceDay.atTime(9, 0), conferenceDay.plusDays(1).atTime(18, 0)),
            AttendanceMode.HYBRID,
            now);
    annual.describe(
        "Call for Papers",
        """
        The Romanian Centre for Russian Studies (University of Bucharest), together with the
        Fridtjof Nansen Institute (Oslo) and the Institute for the Danube Region and Central
        Europe (Vienna), invites proposals for its **IIIrd Annual Conference**.

        We welcome papers on the war in Ukraine and its consequences for Central and Eastern
        Europe: security, energy, migration, propaganda and disinformation, and the European
        path of Ukraine and the Republic of Moldova. Panels are held in English; you are
        welcome to present online.
        """);
    annual.holdAt(
        "University of Bucharest",
        "Bulevardul Regina Elisabeta 4–12, Bucharest, Romania",
        AttendanceMode.HYBRID);
    annual.organisedBy(CENTRE, PARTNERS);
    annual.publish();
    events.add(annual);

    events.add(
        new CallForPapers(
            annual.id(),
            today.minusDays(14).atStartOfDay(BUCHAREST).toInstant(),
            today.plusDays(60).atTime(LocalTime.of(23, 59)).atZone(BUCHAREST).toInstant(),
            "Open to researchers at every stage; primarily for students and emerging scholars."));

    // Next year's edition, still a draft that only administrators see: no organiser yet.
    LocalDate nextYear = conferenceDay.plusYears(1);
    Event next =
        new Event(
            new Slug(NEXT_EDITION),
            "IVth Annual Conference of the Romanian Centre for Russian Studies",
            schedule(nextYear.atTime(9, 0), nextYear.plusDays(1).atTime(18, 0)),
            AttendanceMode.HYBRID,
            now);
    next.describe("Draft", "Theme, partners and call for papers to be decided.");
    next.organisedBy(CENTRE, List.of());
    events.add(next);

    var organiser = accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow();
    var reviewer = accounts.findByEmail(new EmailAddress(DemoAccounts.REVIEWER)).orElseThrow();
    for (Event event : List.of(past, annual)) {
      events.add(new EventMember(event.id(), organiser.id(), EventRole.ORGANISER, now));
      events.add(new EventMember(event.id(), reviewer.id(), EventRole.REVIEWER, now));
    }
  }

  private static EventSchedule schedule(LocalDateTime start, LocalDateTime end) {
    return new EventSchedule(
        start.atZone(BUCHAREST).toInstant(), end.atZone(BUCHAREST).toInstant(), BUCHAREST);
  }
}
