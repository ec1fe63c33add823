package org.colloquium.submissions.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.demo.DemoEvents;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.text.Folding;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionContent;
import org.colloquium.submissions.domain.SubmissionRepository;

/**
 * Submissions to the open call of the IIIrd Annual Conference, handed in over the past twelve days
 * by the demo author and the demo attendee with co-authors from Romania, the Republic of Moldova,
 * Ukraine, France and Germany: some with a small PDF, one withdrawn, one marked as a duplicate, and
 * a draft of the demo author that organisers never see. "20 Months After…" gets twelve submissions
 * from its closed call of 2023. Numbers follow the order of handing in, from 1.
 */
@ApplicationScoped
public class DemoSubmissions implements DemoContent {

  /** Number of the demo author's first submission to the annual conference; it has a PDF. */
  public static final int AUTHORS_SUBMISSION_WITH_PDF = 1;

  /** Number of the withdrawn submission of the annual conference. */
  public static final int WITHDRAWN = 5;

  /** Number of the annual conference's submission marked as a duplicate of {@link #ORIGINAL}. */
  public static final int DUPLICATE = 8;

  public static final int ORIGINAL = 4;

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Inject SubmissionRepository submissions;
  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;
  @Inject FileStore files;
  @Inject Clock clock;

  private record Co(String name, String email, String affiliation, String country) {}

  @Override
  public int order() {
    return 35;
  }

  @Override
  @Transactional
  public void load() {
    Instant now = clock.instant();
    AccountRecord author = account(DemoAccounts.AUTHOR);
    AccountRecord attendee = account(DemoAccounts.ATTENDEE);
    events
        .findBySlug(DemoEvents.ANNUAL_CONFERENCE)
        .ifPresent(e -> annual(e, author, attendee, now));
    events.findBySlug(DemoEvents.PAST_CONFERENCE).ifPresent(e -> past(e, author, attendee));
  }

  private void annual(
      EventRecord event, AccountRecord author, AccountRecord attendee, Instant now) {
    List<Choice> tracks = events.tracks(event.id());
    List<Choice> types = events.presentationTypes(event.id());
    if (tracks.size() < 4 || types.size() < 5) {
      return;
    }
    Long security = tracks.get(0).id();
    Long energy = tracks.get(1).id();
    Long propaganda = tracks.get(2).id();
    Long europe = tracks.get(3).id();
    Long paper = types.get(0).id();
    Long panel = types.get(1).id();
    Long keynote = types.get(2).id();
    Long roundtable = types.get(3).id();
    Long poster = types.get(4).id();
    List<Submission> made = new ArrayList<>();
    int number = 1;

    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 12, 10),
            true,
            content(
                "Energy security of the Republic of Moldova after 2022",
                "How Chișinău diversified its gas and electricity supply after the Russian"
                    + " invasion of Ukraine, and what the interconnections with Romania changed"
                    + " for the country's exposure to pressure from Moscow.",
                List.of("energy security", "Republic of Moldova", "gas", "interconnection"),
                energy,
                paper,
                "en",
                author,
                new Co(
                    "Ana-Maria Căpățînă",
                    "ana-maria.capatina@colloquium.example",
                    "University of Bucharest",
                    "RO"))));
    made.add(
        submitted(
            event,
            number++,
            attendee,
            daysAgo(now, 11, 15),
            false,
            content(
                "Propaganda în spațiul informațional românesc: narative pro-Kremlin pe rețelele"
                    + " sociale",
                "Analizăm narativele pro-Kremlin care circulă în limba română pe rețelele sociale"
                    + " și felul în care ele se adaptează temelor locale: prețul energiei,"
                    + " refugiații și aderarea Republicii Moldova la Uniunea Europeană.",
                List.of("propagandă", "dezinformare", "rețele sociale"),
                propaganda,
                paper,
                "ro",
                attendee,
                new Co(
                    "Тарас Коваленко",
                    "taras.kovalenko@colloquium.example",
                    "Taras Shevchenko National University of Kyiv",
                    "UA"))));
    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 10, 9),
            false,
            content(
                "Științele sociale în fața războiului: cercetarea sub presiune",
                "O discuție despre cum își continuă munca cercetătorii din Ucraina și din"
                    + " Republica Moldova: arhive închise, terenuri inaccesibile, colaborări noi"
                    + " cu universitățile din România.",
                List.of("științe sociale", "metodologie", "cooperare academică"),
                security,
                panel,
                "ro",
                author,
                new Co(
                    "Ștefan Bălănescu",
                    "stefan.balanescu@colloquium.example",
                    "National University of Political Studies and Public Administration",
                    "RO"),
                new Co(
                    "Natalia Cebotari",
                    "natalia.cebotari@colloquium.example",
                    "Moldova State University",
                    "MD"))));
    made.add(
        submitted(
            event,
            number++,
            attendee,
            daysAgo(now, 9, 11),
            false,
            content(
                "Ukraine's EU accession: conditionality and reconstruction",
                "The accession negotiations tie reforms to reconstruction money. We compare the"
                    + " conditionality applied to Ukraine with the enlargement of 2004 and 2007.",
                List.of("EU enlargement", "Ukraine", "conditionality"),
                europe,
                paper,
                "en",
                attendee,
                new Co(
                    "Claire Dubois",
                    "claire.dubois@colloquium.example",
                    "Sciences Po, Paris",
                    "FR"))));
    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 8, 17),
            false,
            content(
                "Grain corridors and Black Sea shipping",
                "Ukraine's exports by sea and along the Danube since 2022, and what the ports of"
                    + " Constanța and Galați gained and lost.",
                List.of("Black Sea", "grain", "shipping"),
                energy,
                paper,
                "en",
                author,
                new Co(
                    "Jonas Becker",
                    "jonas.becker@colloquium.example",
                    "Freie Universität Berlin",
                    "DE"))));
    made.add(
        submitted(
            event,
            number++,
            attendee,
            daysAgo(now, 7, 13),
            true,
            content(
                "Disinformation about refugees in Moldovan media",
                "A poster on how stories about Ukrainian refugees were distorted in Moldovan"
                    + " television and online media during the first year of the war.",
                List.of("refugees", "disinformation", "media"),
                propaganda,
                poster,
                "en",
                attendee,
                new Co(
                    "Natalia Cebotari",
                    "natalia.cebotari@colloquium.example",
                    "Moldova State University",
                    "MD"))));
    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 5, 10),
            false,
            content(
                "NATO's eastern flank after Vilnius",
                "A roundtable on what the summits since Vilnius changed for Romania, Poland and"
                    + " the Baltic states, and what they left open.",
                List.of("NATO", "eastern flank", "security"),
                security,
                roundtable,
                "en",
                author,
                new Co(
                    "Ștefan Bălănescu",
                    "stefan.balanescu@colloquium.example",
                    "National University of Political Studies and Public Administration",
                    "RO"),
                new Co(
                    "Jonas Becker",
                    "jonas.becker@colloquium.example",
                    "Freie Universität Berlin",
                    "DE"))));
    made.add(
        submitted(
            event,
            number++,
            attendee,
            daysAgo(now, 4, 20),
            false,
            content(
                "Ukraine's EU accession: conditionality and reconstruction",
                "The accession negotiations tie reforms to reconstruction money. We compare the"
                    + " conditionality applied to Ukraine with the enlargements of 2004 and"
                    + " 2007 (sent again by mistake).",
                List.of("EU enlargement", "Ukraine", "conditionality"),
                europe,
                paper,
                "en",
                attendee,
                new Co(
                    "Claire Dubois",
                    "claire.dubois@colloquium.example",
                    "Sciences Po, Paris",
                    "FR"))));
    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 3, 8),
            false,
            content(
                "Energy transition in Central and Eastern Europe",
                "Why the war sped up the move away from Russian fuels in some countries of the"
                    + " region and slowed it down in others.",
                List.of("energy transition", "Central and Eastern Europe", "renewables"),
                energy,
                keynote,
                "en",
                author,
                new Co(
                    "Ioana Munteanu",
                    "ioana.munteanu@colloquium.example",
                    "Romanian Centre for Russian Studies, University of Bucharest",
                    "RO"))));
    made.add(
        submitted(
            event,
            number++,
            attendee,
            daysAgo(now, 2, 16),
            false,
            content(
                "Russian memory politics and the war",
                "How the official memory of the Second World War is used to justify the"
                    + " invasion, from school textbooks to state television.",
                List.of("memory politics", "Russia", "history"),
                propaganda,
                paper,
                "en",
                attendee,
                new Co(
                    "Dmytro Melnyk",
                    "dmytro.melnyk@colloquium.example",
                    "Taras Shevchenko National University of Kyiv",
                    "UA"))));
    made.add(
        submitted(
            event,
            number++,
            author,
            daysAgo(now, 1, 12),
            true,
            content(
                "Civil society in Transnistria",
                "What remains of independent civil society in the Transnistrian region, and how"
                    + " Chișinău and Kyiv deal with it since 2022.",
                List.of("Transnistria", "civil society", "Republic of Moldova"),
                europe,
                panel,
                "en",
                author,
                new Co(
                    "Natalia Cebotari",
                    "natalia.cebotari@colloquium.example",
                    "Moldova State University",
                    "MD"))));
    // The demo author's unfinished draft: organisers never see it.
    Submission draft =
        new Submission(
            event.id(),
            number,
            author.id(),
            key(event, number),
            content(
                "Romanian-Ukrainian cross-border cooperation",
                "Draft.",
                List.of(),
                europe,
                null,
                "en",
                author),
            daysAgo(now, 0, 0));
    submissions.add(draft);

    made.get(WITHDRAWN - 1).withdraw(daysAgo(now, 6, 9));
    made.get(DUPLICATE - 1).markDuplicateOf(made.get(ORIGINAL - 1));
  }

  /**
   * The closed call of 2023: twelve abstracts over the four tracks, handed in during the last three
   * weeks before the deadline of 15 September. Two have a co-author from the university of a
   * reviewer, so the committee sees conflicts of interest at work.
   */
  private void past(EventRecord event, AccountRecord author, AccountRecord attendee) {
    List<Choice> tracks = events.tracks(event.id());
    List<Choice> types = events.presentationTypes(event.id());
    if (tracks.size() < 4 || types.size() < 5) {
      return;
    }
    Long security = tracks.get(0).id();
    Long energy = tracks.get(1).id();
    Long propaganda = tracks.get(2).id();
    Long europe = tracks.get(3).id();
    Long paper = types.get(0).id();
    Long panel = types.get(1).id();
    Long poster = types.get(4).id();
    Co kyivColleague =
        new Co(
            "Ірина Петренко",
            "iryna.petrenko@colloquium.example",
            "Taras Shevchenko National University of Kyiv",
            "UA");
    int number = 1;
    submitted(
        event,
        number++,
        author,
        inAugust2023(21, 14, 30),
        false,
        content(
            "Twenty months of sanctions: what worked",
            "An assessment of the sanctions against Russia after twenty months of war: oil price"
                + " cap, frozen reserves and export controls, and the routes around them through"
                + " third countries.",
            List.of("sanctions", "Russia", "economy"),
            energy,
            paper,
            "en",
            author));
    submitted(
        event,
        number++,
        attendee,
        inAugust2023(25, 22, 5),
        false,
        content(
            "Refugiații ucraineni în România: primele douăzeci de luni",
            "Ce au făcut autoritățile și societatea civilă pentru refugiații din Ucraina: cazare,"
                + " școlarizare, acces la piața muncii și ce s-a schimbat după primul an.",
            List.of("refugiați", "România", "politici publice"),
            europe,
            paper,
            "ro",
            attendee,
            new Co(
                "Олена Бондар",
                "olena.bondar@colloquium.example",
                "National University of Kyiv-Mohyla Academy",
                "UA")));
    submitted(
        event,
        number++,
        author,
        inAugust2023(28, 11, 0),
        false,
        content(
            "Black Sea security after the grain deal",
            "What the end of the Black Sea Grain Initiative in July 2023 changed for naval"
                + " security, insurance and the ports of the north-western Black Sea.",
            List.of("Black Sea", "security", "shipping"),
            security,
            paper,
            "en",
            author,
            kyivColleague));
    submitted(
        event,
        number++,
        attendee,
        inAugust2023(30, 9, 45),
        false,
        content(
            "Dezinformarea despre război în presa de limbă rusă din Republica Moldova",
            "Cum relatează presa de limbă rusă din Republica Moldova despre războiul din Ucraina"
                + " și ce rol au posturile retransmise din Federația Rusă.",
            List.of("dezinformare", "Republica Moldova", "presă"),
            propaganda,
            paper,
            "ro",
            attendee,
            new Co(
                "Natalia Cebotari",
                "natalia.cebotari@colloquium.example",
                "Moldova State University",
                "MD")));
    submitted(
        event,
        number++,
        author,
        inSeptember2023(2, 16, 20),
        false,
        content(
            "Moldova's candidate status: the first steps",
            "The nine steps the European Commission asked of the Republic of Moldova in 2022, and"
                + " how far the country has come with justice reform and de-oligarchisation.",
            List.of("EU enlargement", "Republic of Moldova", "rule of law"),
            security,
            paper,
            "en",
            author));
    submitted(
        event,
        number++,
        attendee,
        inSeptember2023(4, 10, 10),
        false,
        content(
            "Energy prices and public opinion in Romania",
            "A poster on survey data from 2022 and 2023: how higher energy bills shaped what"
                + " Romanians think of the war and of helping Ukraine.",
            List.of("energy prices", "public opinion", "România"),
            energy,
            poster,
            "en",
            attendee));
    submitted(
        event,
        number++,
        author,
        inSeptember2023(6, 13, 0),
        false,
        content(
            "Universities at war: Ukrainian academics in exile",
            "A panel of researchers who left Ukraine in 2022 and of colleagues who hosted them:"
                + " what fellowships achieved, and how to keep scholars connected to home.",
            List.of("higher education", "academic exile", "Ukraine"),
            security,
            panel,
            "en",
            author,
            new Co("Claire Dubois", "claire.dubois@colloquium.example", "Sciences Po, Paris", "FR"),
            new Co(
                "Ștefan Bălănescu",
                "stefan.balanescu@colloquium.example",
                "National University of Political Studies and Public Administration",
                "RO")));
    submitted(
        event,
        number++,
        attendee,
        inSeptember2023(8, 19, 30),
        false,
        content(
            "Telegram channels and the narratives of 'Novorossiya'",
            "We followed forty pro-Kremlin Telegram channels for a year and traced how the"
                + " 'Novorossiya' narrative returned after the annexation of four Ukrainian regions.",
            List.of("Telegram", "propaganda", "occupied territories"),
            propaganda,
            paper,
            "en",
            attendee,
            kyivColleague));
    submitted(
        event,
        number++,
        author,
        inSeptember2023(11, 9, 15),
        false,
        content(
            "Reconstruction finance: who pays for Ukraine?",
            "Donor pledges, frozen Russian assets and private investment: the sums announced for"
                + " Ukraine's reconstruction against the damage assessed by the World Bank.",
            List.of("reconstruction", "economy", "Ukraine"),
            energy,
            paper,
            "en",
            author,
            new Co(
                "Jonas Becker",
                "jonas.becker@colloquium.example",
                "Freie Universität Berlin",
                "DE")));
    submitted(
        event,
        number++,
        attendee,
        inSeptember2023(12, 17, 40),
        false,
        content(
            "Drones and the new arithmetic of artillery",
            "Some remarks on cheap drones in the war.",
            List.of("drones", "security"),
            security,
            paper,
            "en",
            attendee));
    submitted(
        event,
        number++,
        author,
        inSeptember2023(13, 12, 0),
        false,
        content(
            "Romanian attitudes to Ukrainian refugees: a survey",
            "A survey of 1,200 adults in Romania in the spring of 2023 on refugees from Ukraine:"
                + " sympathy remains high, worries about prices and jobs are growing.",
            List.of("refugees", "public opinion", "România"),
            europe,
            paper,
            "en",
            author));
    submitted(
        event,
        number,
        attendee,
        inSeptember2023(15, 21, 50),
        false,
        content(
            "The 'Russian world' in school textbooks of the occupied territories",
            "How the schools of the occupied Ukrainian territories were moved to Russian"
                + " curricula, and what the new history textbooks teach about Ukraine.",
            List.of("education", "occupied territories", "propaganda"),
            propaganda,
            paper,
            "en",
            attendee));
  }

  private static Instant inSeptember2023(int day, int hour, int minute) {
    return LocalDateTime.of(2023, 9, day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  private static Instant inAugust2023(int day, int hour, int minute) {
    return LocalDateTime.of(2023, 8, day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  private Submission submitted(
      EventRecord event,
      int number,
      AccountRecord submitter,
      Instant at,
      boolean withPdf,
      SubmissionContent c) {
    Submission s = new Submission(event.id(), number, submitter.id(), key(event, number), c, at);
    if (withPdf) {
      byte[] pdf = pdf(c.title());
      String sha = files.store(new CheckedContent(pdf, "application/pdf"));
      s.attachFile(sha, "abstract-" + number + ".pdf", pdf.length, 1, at);
    }
    s.submit(at);
    submissions.add(s);
    return s;
  }

  private static SubmissionContent content(
      String title,
      String abstractText,
      List<String> keywords,
      Long track,
      Long type,
      String language,
      AccountRecord submitter,
      Co... coAuthors) {
    List<SubmissionContent.Author> authors = new ArrayList<>();
    var profile = submitter.profile();
    authors.add(
        new SubmissionContent.Author(
            profile.fullName(),
            submitter.email(),
            profile.affiliation(),
            profile.country(),
            profile.orcid(),
            true,
            true));
    for (Co co : coAuthors) {
      authors.add(
          new SubmissionContent.Author(
              co.name(),
              new EmailAddress(co.email()),
              co.affiliation(),
              co.country(),
              null,
              false,
              false));
    }
    return new SubmissionContent(title, abstractText, keywords, track, type, language, authors);
  }

  private static Instant daysAgo(Instant now, int days, int hoursEarlier) {
    return now.minus(Duration.ofDays(days).plusHours(hoursEarlier));
  }

  /** Idempotency keys are unique per submitter, across events. */
  private static String key(EventRecord event, int number) {
    return "demo-" + event.slug().value() + "-" + number;
  }

  private AccountRecord account(String email) {
    return accounts.findByEmail(new EmailAddress(email)).orElseThrow();
  }

  /**
   * A one-page PDF with the title only (no author names: the call is double-blind). Helvetica
   * covers Latin-1 only: diacritics are dropped and other letters replaced.
   */
  static byte[] pdf(String title) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        text.newLineAtOffset(72, 720);
        text.showText(Folding.withoutMarks(title).replaceAll("[^\\x20-\\x7E]", "?"));
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
