package org.colloquium.events.news.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.news.domain.NewsItem;
import org.colloquium.events.news.domain.NewsRepository;
import org.colloquium.events.news.domain.NewsText;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.kernel.i18n.Language;

/**
 * News as the research centre publishes it: the announcement of the international conference "20
 * Months After…" in English and Romanian, the call for papers of the IIIrd Annual Conference, a
 * site-wide welcome, and an item scheduled for next month that nobody sees yet.
 */
@ApplicationScoped
public class DemoNews implements DemoContent {

  /** A public event item of the demo conference, for tests. */
  public static final String CONFERENCE_ITEM = "international-conference-20-months-after";

  public static final String CALL_ITEM = "call-for-papers-iiird-annual-conference";

  /** The public site-wide item, for tests. */
  public static final String WELCOME_ITEM = "welcome";

  /** A site-wide item scheduled in the future: not public yet. */
  public static final String SCHEDULED_ITEM = "programme-of-the-ivth-annual-conference";

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Inject NewsRepository news;
  @Inject EventRepository events;
  @Inject AccountDirectory accounts;
  @Inject Clock clock;

  @Override
  public int order() {
    return 30;
  }

  @Override
  @Transactional
  public void load() {
    Instant now = clock.instant();
    Long organiser =
        accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow().id();
    Long administrator =
        accounts.findByEmail(new EmailAddress(DemoAccounts.ADMINISTRATOR)).orElseThrow().id();

    Event conference = events.findBySlug("20-months-after").orElseThrow();
    NewsItem announcement =
        new NewsItem(
            conference.id(), new Slug(CONFERENCE_ITEM), Language.EN, english(), organiser, now);
    announcement.rewrite(Language.EN, english(), romanian(), now);
    announcement.publishAt(
        LocalDateTime.of(2023, 10, 30, 10, 0).atZone(BUCHAREST).toInstant(), now);
    news.add(announcement);

    events
        .findBySlug("annual-conference-iii")
        .ifPresent(
            annual -> {
              NewsItem call =
                  new NewsItem(
                      annual.id(),
                      new Slug(CALL_ITEM),
                      Language.EN,
                      new NewsText(
                          "Call for Papers: IIIrd Annual Conference of the Romanian Centre for"
                              + " Russian Studies: War in Ukraine. What Does the Future of Central"
                              + " and Eastern Europe Look Like?",
                          """
                          The Romanian Centre for Russian Studies (University of Bucharest), the
                          Fridtjof Nansen Institute (Oslo) and the Institute for the Danube Region
                          and Central Europe (Vienna) invite proposals for the **IIIrd Annual
                          Conference**.

                          Send an abstract of up to 300 words before the deadline on the
                          [conference page](/events/annual-conference-iii). Students and emerging
                          scholars are especially welcome.
                          """),
                      organiser,
                      now);
              call.publishAt(now.minus(Duration.ofDays(14)), now);
              news.add(call);
            });

    NewsItem welcome =
        new NewsItem(
            null,
            new Slug(WELCOME_ITEM),
            Language.EN,
            new NewsText(
                "Welcome to the conference site of the Romanian Centre for Russian Studies",
                """
                Here you find our conferences, their calls for papers and the news about them.
                Follow the news with any feed reader: every page of news links to its Atom feed.
                """),
            administrator,
            now);
    welcome.rewrite(
        Language.EN,
        welcome.text(Language.EN).orElseThrow(),
        new NewsText(
            "Bun venit pe site-ul conferințelor Centrului Român de Studii Ruse",
            """
            Aici găsiți conferințele noastre, apelurile la lucrări și știrile despre ele.
            Urmăriți știrile cu orice cititor de fluxuri: fiecare pagină de știri are fluxul ei Atom.
            """),
        now);
    welcome.publishAt(now.minus(Duration.ofDays(1)), now);
    news.add(welcome);

    NewsItem scheduled =
        new NewsItem(
            null,
            new Slug(SCHEDULED_ITEM),
            Language.EN,
            new NewsText(
                "Programme of the IVth Annual Conference",
                "The programme will be announced here once the committee has decided."),
            administrator,
            now);
    scheduled.publishAt(now.plus(Duration.ofDays(30)), now);
    news.add(scheduled);
  }

  private static NewsText english() {
    return new NewsText(
        "International Conference: 20 Months After the Russian Invasion in Ukraine. What Has"
            + " Been Done, What Needs to Be Done in the Near Future",
        """
        **November 9th–11th 2023**, Bucharest. *You are welcome to attend online.*

        Please note this is an academic event **primarily for students and emerging scholars**.
        Researchers from Romania, Ukraine, the Republic of Moldova and our partner institutes in
        Oslo and Vienna discuss what has been done and what needs to be done in the near future.

        - Programme (PDF) and press release (in Romanian) on the [conference
          page](/events/20-months-after)
        - Media coverage: [recording on YouTube](https://www.youtube.com/watch?v=XEYYGLVzrcs)
        """);
  }

  private static NewsText romanian() {
    return new NewsText(
        "Conferința internațională: 20 de luni de la invazia rusă în Ucraina. Ce s-a făcut, ce"
            + " trebuie făcut în viitorul apropiat",
        """
        **9–11 noiembrie 2023**, București. *Vă puteți alătura și online.*

        Vă rugăm să rețineți că este un eveniment academic adresat **în primul rând studenților
        și tinerilor cercetători**. Cercetători din România, Ucraina, Republica Moldova și de la
        institutele partenere din Oslo și Viena discută ce s-a făcut și ce trebuie făcut în
        viitorul apropiat.

        - Programul (PDF) și comunicatul de presă pe [pagina
          conferinței](/events/20-months-after)
        - În presă: [înregistrarea pe YouTube](https://www.youtube.com/watch?v=XEYYGLVzrcs)
        """);
  }
}
