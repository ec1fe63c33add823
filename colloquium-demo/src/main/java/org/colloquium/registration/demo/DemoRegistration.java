package org.colloquium.registration.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.demo.DemoEvents;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.Certificates;
import org.colloquium.registration.api.CheckIn;
import org.colloquium.registration.api.FieldDraft;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.NewRegistrant;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registering;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationForms;
import org.colloquium.registration.api.RegistrationSetup;
import org.colloquium.registration.api.RegistrationSetups;
import org.colloquium.registration.api.RegistrationState;

/**
 * Registration as a visitor of the demo finds it. The annual conference is open, with four places
 * in person of which three are taken (the next visitor takes the last, the one after waits) and
 * fifty online, and the centre's own questions (workshops with places, the dinner, country,
 * photographs). The 2023 conference has the registrations it had, in person and online, students
 * and senior researchers, some of whom came (checked in, or joined online) and have certificates of
 * attendance; the demo attendee is one of them. Made through the organisers' services, without mail
 * (the people are invented).
 */
@ApplicationScoped
public class DemoRegistration implements DemoContent {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;
  @Inject RegistrationSetups setups;
  @Inject Registrants registrants;
  @Inject CheckIn checkIn;
  @Inject Registering registering;
  @Inject Certificates certificates;
  @Inject RegistrationForms forms;
  @Inject Clock clock;

  @Override
  public int order() {
    return 60;
  }

  @Override
  @Transactional
  public void load() {
    Long organiser =
        accounts.findByEmail(new EmailAddress(DemoAccounts.ORGANISER)).orElseThrow().id();
    events
        .findBySlug(DemoEvents.ANNUAL_CONFERENCE)
        .ifPresent(e -> annual(organiser, e.slug().value(), e.schedule().start()));
    events.findBySlug(DemoEvents.PAST_CONFERENCE).ifPresent(e -> past(organiser, e.slug().value()));
  }

  private void annual(Long organiser, String slug, java.time.Instant start) {
    LocalDateTime now =
        LocalDateTime.ofInstant(clock.instant(), BUCHAREST).withSecond(0).withNano(0);
    setups.save(
        organiser,
        slug,
        new RegistrationSetup(
            now.minusDays(1),
            LocalDateTime.ofInstant(start, BUCHAREST).minusDays(1),
            true,
            4,
            true,
            50,
            Moderation.NONE,
            48,
            null,
            ParticipantList.REGISTRANTS));
    questions(organiser, slug);
    add(
        organiser,
        slug,
        "Andreea Mihăilescu",
        "andreea.mihailescu@student.unibuc.example",
        "Universitatea din București",
        AcademicStatus.STUDENT,
        ParticipationMode.IN_PERSON);
    add(
        organiser,
        slug,
        "Mykola Kovalenko",
        "m.kovalenko@knu.example",
        "Taras Shevchenko National University of Kyiv",
        AcademicStatus.PHD,
        ParticipationMode.IN_PERSON);
    add(
        organiser,
        slug,
        "Ingrid Solberg",
        "ingrid.solberg@fni.example",
        "Fridtjof Nansen Institute",
        AcademicStatus.SENIOR,
        ParticipationMode.IN_PERSON);
    add(
        organiser,
        slug,
        "Ion Țurcanu",
        "ion.turcanu@usm.example",
        "Universitatea de Stat din Moldova",
        AcademicStatus.EARLY_CAREER,
        ParticipationMode.ONLINE);
    add(
        organiser,
        slug,
        "Олена Шевчук",
        "olena.shevchuk@lnu.example",
        "Ivan Franko National University of Lviv",
        AcademicStatus.STUDENT,
        ParticipationMode.ONLINE);
  }

  /**
   * The centre's own questions: workshops with places (a small one fills quickly), the dinner
   * (shown at the door), the institution's country, and consent to photographs.
   */
  private void questions(Long organiser, String slug) {
    question(
        organiser,
        slug,
        FieldKind.SECTION,
        "Around the conference",
        "În jurul conferinței",
        "Workshops and the dinner are free for registrants.",
        "Atelierele și cina sunt gratuite pentru participanți.",
        false,
        false,
        null);
    question(
        organiser,
        slug,
        FieldKind.MULTIPLE,
        "Workshops you will attend",
        "Atelierele la care veniți",
        "Places are limited; a full workshop can no longer be chosen.",
        "Locurile sunt limitate; un atelier plin nu mai poate fi ales.",
        false,
        false,
        "Reading Soviet-era archives | Citirea arhivelor din perioada sovietică | 20\n"
            + "Oral history interviews | Interviuri de istorie orală | 2\n"
            + "Walking tour of old Iași | Tur pe jos prin Iașul vechi");
    question(
        organiser,
        slug,
        FieldKind.YES_NO,
        "Will you come to the conference dinner?",
        "Veniți la cina conferinței?",
        null,
        null,
        false,
        true,
        null);
    question(
        organiser,
        slug,
        FieldKind.COUNTRY,
        "Country of your institution",
        "Țara instituției",
        null,
        null,
        false,
        false,
        null);
    question(
        organiser,
        slug,
        FieldKind.CONSENT,
        "I agree to appear in photographs of the conference",
        "Sunt de acord să apar în fotografiile conferinței",
        null,
        null,
        false,
        false,
        null);
  }

  private void question(
      Long organiser,
      String slug,
      FieldKind kind,
      String labelEn,
      String labelRo,
      String helpEn,
      String helpRo,
      boolean required,
      boolean atTheDoor,
      String choices) {
    forms.save(
        organiser,
        slug,
        new FieldDraft(null, kind, labelEn, labelRo, helpEn, helpRo, required, atTheDoor, choices));
  }

  private void past(Long organiser, String slug) {
    setups.save(
        organiser,
        slug,
        new RegistrationSetup(
            LocalDateTime.of(2023, 9, 15, 9, 0),
            LocalDateTime.of(2023, 11, 8, 18, 0),
            true,
            80,
            true,
            null,
            Moderation.NONE,
            48,
            null,
            ParticipantList.PUBLIC));
    MyRegistration elena =
        add(
            organiser,
            slug,
            "Elena Dumitrescu",
            "elena.dumitrescu@unibuc.example",
            "Universitatea din București",
            AcademicStatus.SENIOR,
            ParticipationMode.IN_PERSON);
    add(
        organiser,
        slug,
        "Ștefan Ionescu",
        "stefan.ionescu@student.unibuc.example",
        "Universitatea din București",
        AcademicStatus.STUDENT,
        ParticipationMode.IN_PERSON);
    MyRegistration maria =
        add(
            organiser,
            slug,
            "Maria Țăranu",
            "maria.taranu@ubbcluj.example",
            "Universitatea Babeș-Bolyai",
            AcademicStatus.PHD,
            ParticipationMode.IN_PERSON);
    MyRegistration johannes =
        add(
            organiser,
            slug,
            "Johannes Berger",
            "j.berger@idm.example",
            "Institut für den Donauraum und Mitteleuropa",
            AcademicStatus.SENIOR,
            ParticipationMode.ONLINE);
    MyRegistration anna =
        add(
            organiser,
            slug,
            "Анна Петренко",
            "anna.petrenko@knu.example",
            "Taras Shevchenko National University of Kyiv",
            AcademicStatus.EARLY_CAREER,
            ParticipationMode.ONLINE);
    add(
        organiser,
        slug,
        "Radu Popa",
        "radu.popa@student.uaic.example",
        "Universitatea „Alexandru Ioan Cuza” din Iași",
        AcademicStatus.STUDENT,
        ParticipationMode.ONLINE);
    MyRegistration mihai =
        add(
            organiser,
            slug,
            "Mihai Ștefănescu",
            DemoAccounts.ATTENDEE,
            "University of Bucharest",
            AcademicStatus.EARLY_CAREER,
            ParticipationMode.IN_PERSON);
    // Who came: three at the door (Ștefan Ionescu did not), two online through their links (Radu
    // Popa did not); each gets a certificate of attendance, the demo attendee's in "My area".
    for (MyRegistration came : List.of(elena, maria, mihai)) {
      checkIn.byRegistration(organiser, slug, came.id());
    }
    for (MyRegistration joined : List.of(johannes, anna)) {
      registering.join(joined.joinToken());
    }
    // The presenting authors of the accepted submissions, registered as speakers after the event
    // (no mail): their certificates of presentation.
    registrants.registerSpeakers(organiser, slug);
    // The demo author presented in person: checked in like the others who came.
    registrants
        .list(organiser, slug, RegistrationState.CONFIRMED, ParticipationMode.IN_PERSON)
        .rows()
        .stream()
        .filter(r -> r.speaker() && r.email().equals(DemoAccounts.AUTHOR))
        .forEach(r -> checkIn.byRegistration(organiser, slug, r.id()));
    certificates.issue(organiser, slug, new BigDecimal("16"));
  }

  private MyRegistration add(
      Long organiser,
      String slug,
      String name,
      String email,
      String affiliation,
      AcademicStatus status,
      ParticipationMode mode) {
    return registrants.add(
        organiser,
        slug,
        new NewRegistrant(
            email,
            new RegistrationAnswers(mode, name, affiliation, status, null, null, true),
            false));
  }
}
