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
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.EventText;
import org.colloquium.events.domain.Institution;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.kernel.i18n.Language;

/**
 * Events of a research centre: the past international conference "20 Months After…" (slug {@code
 * 20-months-after}, 9–11 November 2023, Bucharest and online), the centre's IIIrd Annual Conference
 * (slug {@code annual-conference-iii}) whose call for papers is open, with dates computed from
 * today so the call is open whenever the demo is first started, and a draft of the IVth edition
 * that only administrators can see. The annual conferences are editions 3 and 4 of one series; the
 * published events have Romanian texts besides their English ones.
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

  /** The series the annual conferences belong to. */
  public static final String ANNUAL_SERIES =
      "Annual Conference of the Romanian Centre for Russian Studies";

  private static final String CONTACT = "conference@colloquium.example";

  private static final String MAP =
      "https://www.openstreetmap.org/?mlat=44.43526&mlon=26.10144#map=18/44.43526/26.10144";

  private static final String STREAM = "https://www.youtube.com/@colloquium-demo/streams";

  private static final String VENUE = "University of Bucharest";
  private static final String VENUE_ADDRESS =
      "Bulevardul Regina Elisabeta 4–12, Bucharest, Romania";

  @Inject EventRepository events;
  @Inject AccountDirectory accounts;
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
    past.translate(
        Language.RO,
        new EventText(
            "La 20 de luni de la invazia rusă în Ucraina. Ce s-a făcut, ce trebuie făcut în"
                + " viitorul apropiat",
            "Conferința internațională a Centrului Român de Studii Ruse",
            """
            **9–11 noiembrie 2023**, București. *Vă puteți alătura și online.*

            Vă rugăm să rețineți că este un eveniment academic **adresat în primul rând
            studenților și tinerilor cercetători**. La douăzeci de luni de la începutul invaziei
            ruse, cercetători din România, Ucraina, Republica Moldova și institutele partenere
            discută ce s-a făcut, ce trebuie făcut în viitorul apropiat și ce înseamnă războiul
            pentru regiune.

            - Programul (PDF) și comunicatul de presă sunt publicate de organizatori.
            - În presă: [înregistrarea pe YouTube](https://www.youtube.com/watch?v=XEYYGLVzrcs)
            """));
    past.holdAt(VENUE, VENUE_ADDRESS, AttendanceMode.HYBRID);
    past.mappedAt(MAP);
    past.contactAt(new EmailAddress(CONTACT));
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
    annual.translate(
        Language.RO,
        new EventText(
            "A III-a Conferință anuală a Centrului Român de Studii Ruse: Războiul din Ucraina."
                + " Cum arată viitorul Europei Centrale și de Est?",
            "Apel la lucrări",
            """
            Centrul Român de Studii Ruse (Universitatea din București), împreună cu Institutul
            Fridtjof Nansen (Oslo) și Institutul pentru Regiunea Dunării și Europa Centrală
            (Viena), invită propuneri pentru **a III-a Conferință anuală**.

            Așteptăm lucrări despre războiul din Ucraina și consecințele sale pentru Europa
            Centrală și de Est: securitate, energie, migrație, propagandă și dezinformare, precum
            și parcursul european al Ucrainei și al Republicii Moldova. Panelurile se țin în limba
            engleză; puteți prezenta și online.
            """));
    annual.holdAt(VENUE, VENUE_ADDRESS, AttendanceMode.HYBRID);
    annual.mappedAt(MAP);
    annual.streamedAt(STREAM);
    annual.contactAt(new EmailAddress(CONTACT));
    annual.partOfSeries(ANNUAL_SERIES, 3);
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
    next.holdAt(VENUE, VENUE_ADDRESS, AttendanceMode.HYBRID);
    next.contactAt(new EmailAddress(CONTACT));
    next.partOfSeries(ANNUAL_SERIES, 4);
    next.organisedBy(CENTRE, List.of());
    events.add(next);

    var organiser = accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow();
    var reviewer = accounts.findByEmail(new EmailAddress(DemoAccounts.REVIEWER)).orElseThrow();
    for (Event event : List.of(past, annual)) {
      events.add(new EventMember(event.id(), organiser.id(), EventRole.ORGANISER, now));
      events.add(new EventMember(event.id(), reviewer.id(), EventRole.REVIEWER, now));
    }
    var chair = accounts.findByEmail(new EmailAddress(DemoAccounts.TRACK_CHAIR)).orElseThrow();
    events.add(new EventMember(annual.id(), chair.id(), EventRole.TRACK_CHAIR, now));
    // A door helper, so that the check-in page can be tried as the person who keeps the door.
    var door = accounts.findByEmail(new EmailAddress(DemoAccounts.ATTENDEE)).orElseThrow();
    events.add(new EventMember(past.id(), door.id(), EventRole.DOOR, now));
    // A second reviewer for this year, so that the committee is more than one person.
    var second =
        accounts.findByEmail(new EmailAddress(DemoAccounts.PAST_REVIEWERS.get(1))).orElseThrow();
    events.add(new EventMember(annual.id(), second.id(), EventRole.REVIEWER, now));
    for (String email : DemoAccounts.PAST_REVIEWERS) {
      var member = accounts.findByEmail(new EmailAddress(email)).orElseThrow();
      events.add(new EventMember(past.id(), member.id(), EventRole.REVIEWER, now));
    }
  }

  private static EventSchedule schedule(LocalDateTime start, LocalDateTime end) {
    return new EventSchedule(
        start.atZone(BUCHAREST).toInstant(), end.atZone(BUCHAREST).toInstant(), BUCHAREST);
  }
}
