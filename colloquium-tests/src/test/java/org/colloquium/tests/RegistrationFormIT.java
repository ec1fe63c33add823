package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.colloquium.tests.support.AtOnce;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The organisers' own questions on a registration form: built on their page (bad input explained
 * and kept), answered on the register page (every kind, problems beside their question), a full
 * choice refused with the answers kept, answers read on the registrant's page and in the CSV, a
 * choice's places given back on cancelling, and a thousand registrations at once for a choice of a
 * hundred places (on the suite's database: H2, or PostgreSQL with -Ppostgresql). On an event of its
 * own, created here, so that no other test's registrations count.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationFormIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String SLUG = "form-" + Long.toString(System.currentTimeMillis(), 36);
  private static final String FORM = "/manage/events/" + SLUG + "/registration/form";
  private static final String REGISTER = "/events/" + SLUG + "/register";
  private static final ExecutorService POOL = Executors.newFixedThreadPool(24);

  @AfterAll
  static void stopThreads() {
    POOL.shutdownNow();
  }

  /** The input a label names, by the label's text, without the form's prefix. */
  private static String input(Page page, String formId, String label) {
    for (Element l : page.document().select("#" + formId.replace(":", "\\:") + " label")) {
      if (l.text().startsWith(label)) {
        return l.attr("for").substring(formId.length() + 1);
      }
    }
    throw new AssertionError("no input labelled “" + label + "”: " + page.text());
  }

  /** The radio group or boxes a legend heads: the name its inputs share, without the prefix. */
  private static String group(Page page, String legend) {
    Element fieldset = fieldset(page, legend);
    Element first = fieldset.selectFirst("input[type=radio]");
    assertNotNull(first, fieldset.html());
    return first.attr("name").substring("attendance:".length());
  }

  private static Element fieldset(Page page, String legend) {
    for (Element l : page.document().select("#attendance fieldset > legend")) {
      if (l.text().startsWith(legend)) {
        return l.parent();
      }
    }
    throw new AssertionError("no question “" + legend + "”: " + page.text());
  }

  /** The value of the radio labelled so in a group. */
  private static String option(Page page, String legend, String label) {
    for (Element l : fieldset(page, legend).select("label")) {
      if (l.text().startsWith(label)) {
        return page.document().getElementById(l.attr("for")).val();
      }
    }
    throw new AssertionError("no option “" + label + "” of “" + legend + "”");
  }

  /** The problem shown beside a question, found by its label or legend. */
  private static String problem(Page page, String label) {
    for (Element l : page.document().select("#attendance label, #attendance legend")) {
      if (l.text().startsWith(label)) {
        Element container = l.tagName().equals("legend") ? l.parent() : l.closest(".field");
        Element error = container.selectFirst(".ui-message-error");
        return error == null ? "" : error.text();
      }
    }
    throw new AssertionError("no question “" + label + "”");
  }

  private static Page add(WebClient organiser, Map<String, String> fields) {
    return organiser.submit(organiser.get(FORM), "add", fields, "addQuestion");
  }

  @Test
  @Order(1)
  void organisersBuildTheFormAndBadInputIsExplainedAndKept() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page landed =
        organiser.submit(
            organiser.get("/manage/events/new"),
            "newEvent",
            Map.of(
                "title", "Form workshop",
                "slug", SLUG,
                "start", "2099-03-27T09:00",
                "end", "2099-03-28T18:00",
                "timeZone", "Europe/Bucharest",
                "attendance", "HYBRID",
                "contentLanguage", "EN"),
            "create");
    assertEquals("/manage/events/" + SLUG + "/edit", landed.path(), landed.text());
    Page saved =
        organiser.submit(
            organiser.get("/manage/events/" + SLUG + "/registration"),
            "setup",
            Map.of(
                "opensAt", "2026-01-01T09:00",
                "closesAt", "2099-01-01T09:00",
                "inPerson", "on",
                "inPersonCapacity", "10",
                "online", "on",
                "onlineCapacity", "",
                "moderation", "NONE",
                "offerHours", "720"),
            "save");
    assertTrue(saved.infos().contains("The registration settings are saved."), saved.text());
    assertNotNull(saved.document().getElementById("to-form"), "the settings link the form");

    Page empty = organiser.get(FORM);
    assertTrue(empty.text().contains("No questions of your own yet"), empty.text());

    Page refused =
        add(
            organiser,
            Map.of(
                "kind", "MULTIPLE",
                "labelEn", "Workshops",
                "labelRo", " ",
                "choices", "Archives | Arhive | 1\nWalk | Plimbare | many"));
    assertEquals("Type the label in both languages.", refused.fieldError("add:labelRo"));
    assertEquals(
        "Line 2: places are a whole number from 0, or nothing for no limit.",
        refused.fieldError("add:choices"));
    assertEquals("Workshops", refused.fieldValue("add:labelEn"), "what was typed stays");

    Page added =
        add(
            organiser,
            Map.of(
                "kind", "MULTIPLE",
                "labelEn", "Workshops",
                "labelRo", "Ateliere",
                "choices", "Archives | Arhive | 1\nWalk | Plimbare"));
    assertTrue(
        added.infos().contains("The question is added at the end of the form."), added.text());
    add(
        organiser,
        Map.of(
            "kind", "CHOICE",
            "labelEn", "Lunch",
            "labelRo", "Prânz",
            "required", "on",
            "choices", "Vegetarian | Vegetarian\nFish | Pește"));
    add(
        organiser,
        Map.of(
            "kind", "YES_NO",
            "labelEn", "Dinner",
            "labelRo", "Cina",
            "showAtCheckIn", "on",
            "choices", ""));
    add(organiser, Map.of("kind", "NUMBER", "labelEn", "Nights", "labelRo", "Nopți"));
    add(organiser, Map.of("kind", "COUNTRY", "labelEn", "Country", "labelRo", "Țara"));
    Page form =
        add(
            organiser,
            Map.of(
                "kind", "CONSENT", "labelEn", "Photos", "labelRo", "Fotografii", "required", "on"));
    assertEquals(6, form.document().select("fieldset.question-form").size(), form.text());
    Element preview = form.document().getElementById("preview");
    assertTrue(preview.text().contains("Archives — 1 place left"), preview.text());
    assertTrue(preview.text().contains("Walk"), preview.text());

    // Saving one question keeps what was typed, unsaved, in another; moving one too.
    Page oneSaved =
        organiser.submit(
            form,
            "questions",
            Map.of("rows:3:helpEn", "Nights in Cluj", "rows:4:labelEn", "Country of work"),
            "rows:3:save");
    assertTrue(oneSaved.infos().contains("The question is saved."), oneSaved.text());
    assertEquals("Country of work", oneSaved.fieldValue("questions:rows:4:labelEn"));
    Page moved = organiser.submit(oneSaved, "questions", Map.of(), "rows:1:down");
    assertEquals("Country of work", moved.fieldValue("questions:rows:4:labelEn"));
    assertEquals("Dinner", moved.fieldValue("questions:rows:1:labelEn"), moved.text());
    Page reread = organiser.get(FORM);
    assertEquals("Nights in Cluj", reread.fieldValue("questions:rows:3:helpEn"), "saved");
    assertEquals("Country", reread.fieldValue("questions:rows:4:labelEn"), "never saved");
    assertEquals("Lunch", reread.fieldValue("questions:rows:2:labelEn"), "moved down");
    organiser.submit(reread, "questions", Map.of(), "rows:2:up");
    assertEquals("Lunch", organiser.get(FORM).fieldValue("questions:rows:1:labelEn"));
  }

  @Test
  @Order(2)
  void aRegistrantAnswersAndAFullChoiceIsRefusedWithTheAnswersKept() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page page = organiser.get(REGISTER);
    String archives = input(page, "attendance", "Archives");
    assertFalse(page.document().getElementById("attendance:" + archives).hasAttr("disabled"));
    Map<String, String> bad = new HashMap<>();
    bad.put("mode", "ONLINE");
    bad.put(input(page, "attendance", "Nights"), "two");
    bad.put(archives, "on");
    Page refused = organiser.submit(page, "attendance", bad, "register");
    assertTrue(
        refused.errors().contains("Some answers need correcting: see the marked questions."),
        refused.text());
    assertEquals("Type a number, such as 12 or 3.5.", problem(refused, "Nights"));
    assertEquals("Please answer this question.", problem(refused, "Lunch"));
    assertEquals("Tick the box to agree: registering needs it.", problem(refused, "Photos"));
    assertEquals("two", refused.fieldValue("attendance:" + input(refused, "attendance", "Nights")));
    assertTrue(
        refused.document().getElementById("attendance:" + archives).hasAttr("checked"),
        "the box ticked stays ticked");
    assertTrue(refused.document().select("#mine").isEmpty(), "nothing registered");

    Map<String, String> good = new HashMap<>(bad);
    good.put(input(page, "attendance", "Nights"), "2,5");
    good.put(group(page, "Lunch"), option(page, "Lunch", "Fish"));
    good.put(group(page, "Dinner"), "yes");
    good.put(input(page, "attendance", "Country"), "MD");
    good.put(input(page, "attendance", "Photos"), "on");
    Page registered = organiser.submit(page, "attendance", good, "register");
    assertFalse(registered.document().select("#mine").isEmpty(), registered.text());
    assertTrue(
        registered.document().getElementById("attendance:" + archives).hasAttr("checked"),
        "the answers are the form's next time");

    // The last place of Archives is taken: the next person cannot choose it, nor force it.
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    Page next = administrator.get(REGISTER);
    Element box = next.document().getElementById("attendance:" + archives);
    assertTrue(box.hasAttr("disabled"), box.outerHtml());
    assertTrue(fieldset(next, "Workshops").text().contains("Archives — full"), next.text());
    Map<String, String> forced = new HashMap<>(good);
    forced.put("fullName", "Administratorul Platformei");
    Page full = administrator.submit(next, "attendance", forced, "register");
    assertEquals("No places are left for “Archives”; choose another.", problem(full, "Workshops"));
    assertTrue(
        full.document()
            .select("#attendance fieldset input[type=radio][value=yes]")
            .hasAttr("checked"),
        "the other answers stay");
    assertTrue(full.document().select("#mine").isEmpty(), "nothing registered");
  }

  @Test
  @Order(3)
  void organisersReadTheAnswersAndCannotTakeAChoiceFromItsHolders() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page list = organiser.get("/manage/events/" + SLUG + "/registrations");
    Element link = list.document().selectFirst("#registrants a[href*=/registrations/]");
    assertNotNull(link, list.text());
    Page registrant = organiser.get(link.attr("href").replaceFirst("^/", "/"));
    String facts = registrant.document().getElementById("registrant-facts").text();
    assertTrue(facts.contains("Workshops Archives"), facts);
    assertTrue(facts.contains("Lunch Fish"), facts);
    assertTrue(facts.contains("Nights 2.5"), facts);
    assertTrue(facts.contains("Country Moldova"), facts);
    assertTrue(facts.contains("Photos Yes"), facts);

    Page csv = organiser.get("/manage/events/" + SLUG + "/registrations.csv");
    assertTrue(csv.body().contains("\"Workshops\",\"Lunch\",\"Dinner\",\"Nights\""), csv.body());
    assertTrue(
        csv.body().contains("\"Archives\",\"Fish\",\"Yes\",\"2.5\",\"Moldova\",\"Yes\""),
        csv.body());

    // The list and its files filtered by an answer.
    String archives = null;
    String noDinner = null;
    for (Element o : list.document().select("#filter-answer option")) {
      if (o.text().equals("Workshops: Archives")) {
        archives = o.val();
      } else if (o.text().equals("Dinner: No")) {
        noDinner = o.val();
      }
    }
    assertNotNull(archives, list.document().select("#filter-answer").outerHtml());
    String base = "/manage/events/" + SLUG + "/registrations";
    Page chose = organiser.get(base + "?answer=" + archives);
    assertEquals(1, chose.document().select("#registrants tbody tr").size(), chose.text());
    Page none = organiser.get(base + "?answer=" + noDinner);
    assertTrue(none.document().select("#registrants").isEmpty(), none.text());
    assertEquals(1, organiser.get(base + ".csv?answer=" + noDinner).body().lines().count());
    assertEquals(2, organiser.get(base + ".csv?answer=" + archives).body().lines().count());

    Page form = organiser.get(FORM);
    assertTrue(form.text().contains("Archives: 1 of 1 taken ·"), form.text());
    Page fewer =
        organiser.submit(
            form,
            "questions",
            Map.of("rows:0:choices", "Archives | Arhive | 0\nWalk | Plimbare"),
            "rows:0:save");
    assertEquals(
        "“Archives” is held by 1 registrants: its places cannot be fewer.",
        fewer.fieldError("questions:rows:0:choices"));
    Page gone =
        organiser.submit(
            fewer, "questions", Map.of("rows:0:choices", "Walk | Plimbare"), "rows:0:save");
    assertTrue(
        gone.fieldError("questions:rows:0:choices").startsWith("“Archives” was chosen"),
        gone.text());

    // Answered: hidden, not deleted; never answered: deleted.
    Page hidden = organiser.submit(organiser.get(FORM), "questions", Map.of(), "rows:3:remove");
    assertTrue(
        hidden.infos().get(0).startsWith("People answered this question, so it is hidden"),
        hidden.text());
    assertTrue(hidden.text().contains("Hidden: no longer asked"), hidden.text());
    assertFalse(organiser.get(REGISTER).text().contains("Nights"), "no longer asked");
    add(organiser, Map.of("kind", "TEXT", "labelEn", "Unused", "labelRo", "Nefolosit"));
    Page withUnused = organiser.get(FORM);
    int last = withUnused.document().select("fieldset.question-form").size() - 1;
    Page removed = organiser.submit(withUnused, "questions", Map.of(), "rows:" + last + ":remove");
    assertTrue(removed.infos().contains("The question is removed."), removed.text());
    assertFalse(removed.text().contains("Unused"), removed.text());
  }

  @Test
  @Order(4)
  void aCancellationGivesTheChoiceBack() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page cancelled = organiser.submit(organiser.get(REGISTER), "cancelling", Map.of(), "cancel");
    assertTrue(cancelled.infos().contains("Your registration is cancelled."), cancelled.text());
    Page form = organiser.get(FORM);
    assertTrue(form.text().contains("Archives: 0 of 1 taken ·"), form.text());
  }

  @Test
  @Order(5)
  void aThousandAtOnceForAChoiceOfAHundred() throws Exception {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    add(
        organiser,
        Map.of(
            "kind", "CHOICE",
            "labelEn", "Excursion",
            "labelRo", "Excursie",
            "choices", "Monastery | Mănăstire | 100\nStay in town | Rămân în oraș"));
    long monastery = Long.parseLong(option(organiser.get(REGISTER), "Excursion", "Monastery"));
    String token = SubmissionsApi.tokenOf(DemoUsers.ORGANISER);
    List<Callable<Answer>> requests = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String email = "excursion-" + i + "@race.example";
      requests.add(() -> register(token, email, monastery));
    }
    Map<Integer, Integer> statuses = new HashMap<>();
    for (Answer a : AtOnce.run(POOL, requests)) {
      statuses.merge(a.status(), 1, Integer::sum);
      if (a.status() == 422) {
        assertTrue(a.body().contains("No places are left"), a.body());
      }
    }
    assertEquals(Map.of(201, 100, 422, 900), statuses);

    // What the server kept: the counter and the answers agree.
    assertTrue(organiser.get(FORM).text().contains("Monastery: 100 of 100 taken ·"));
    Page csv = organiser.get("/manage/events/" + SLUG + "/registrations.csv");
    long holders = csv.body().lines().filter(l -> l.contains("\"Monastery\"")).count();
    assertEquals(100, holders, "a hundred rows hold the choice");
  }

  @Test
  @Order(6)
  void aChoiceThatFilledBeforeAVisitorsLinkIsLeftOutAndNamed() throws Exception {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    add(
        organiser,
        Map.of(
            "kind", "CHOICE",
            "labelEn", "Boat",
            "labelRo", "Barcă",
            "choices", "Boat trip | Plimbare cu barca | 1"));
    Page published =
        organiser.submit(organiser.get("/manage/events/" + SLUG), "status", Map.of(), "publish");
    assertTrue(published.infos().toString().contains("is published"), published.text());
    WebClient visitor = new WebClient();
    Page page = visitor.get(REGISTER);
    String choice = option(page, "Boat", "Boat trip");
    Map<String, String> answers = new HashMap<>();
    answers.put("email", "sailor@form.example");
    answers.put("fullName", "Марина Ștefănescu");
    answers.put("mode", "ONLINE");
    answers.put(group(page, "Lunch"), option(page, "Lunch", "Fish"));
    answers.put(input(page, "attendance", "Photos"), "on");
    answers.put(group(page, "Boat"), choice);
    Page asked = visitor.submit(page, "attendance", answers, "register");
    assertTrue(
        asked.infos().toString().contains("a link is on its way"),
        asked.infos() + " " + asked.errors() + " " + asked.text());

    // The only place goes to someone else before the visitor follows the link.
    Answer taken =
        register(
            SubmissionsApi.tokenOf(DemoUsers.ORGANISER),
            "rower@form.example",
            Long.parseLong(choice));
    assertEquals(201, taken.status(), taken.body());

    String link = Mails.link(confirmMail("sailor@form.example"), "/confirm?token=");
    Page confirmed = new WebClient().get(link);
    assertEquals(200, confirmed.status());
    Element leftOut = confirmed.document().getElementById("left-out");
    assertNotNull(leftOut, confirmed.text());
    assertTrue(leftOut.text().endsWith("“Boat trip”."), leftOut.text());
    assertTrue(organiser.get(FORM).text().contains("Boat trip: 1 of 1 taken ·"));
  }

  @Test
  @Order(7)
  void aChoiceIsNeverRemovedFromUnderSomeoneChoosingIt() throws Exception {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String token = SubmissionsApi.tokenOf(DemoUsers.ORGANISER);
    Map<String, Integer> told = new HashMap<>();
    // Rounds of a fresh choice: an organiser removes it while people choose it, all at once.
    for (int round = 0; round < 10; round++) {
      String ferry = "Ferry " + round;
      Page form =
          add(
              organiser,
              Map.of(
                  "kind", "CHOICE",
                  "labelEn", "Crossing " + round,
                  "labelRo", "Traversare " + round,
                  "choices", ferry + " | Feribot\nBus | Autobuz"));
      int row = form.document().select("fieldset.question-form").size() - 1;
      long choice = Long.parseLong(option(organiser.get(REGISTER), "Crossing " + round, ferry));
      WebClient remover = DemoUsers.ORGANISER.signedIn();
      Page open = remover.get(FORM);
      List<Callable<Answer>> requests = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String email = "ferry-" + round + "-" + i + "@race.example";
        requests.add(() -> register(token, email, choice));
        if (i == 3) {
          requests.add(
              () -> {
                Page saved =
                    remover.submit(
                        open,
                        "questions",
                        Map.of("rows:" + row + ":choices", "Bus | Autobuz"),
                        "rows:" + row + ":save");
                return new Answer(
                    saved.status(), null, saved.text().getBytes(StandardCharsets.UTF_8));
              });
        }
      }
      for (Answer a : AtOnce.run(POOL, requests)) {
        assertTrue(a.status() < 500, a.body());
        if (a.status() == 201) {
          told.merge(ferry, 1, Integer::sum);
        }
      }
    }
    // Everyone told they hold a ferry holds it.
    Page csv = organiser.get("/manage/events/" + SLUG + "/registrations.csv");
    Map<String, Integer> holding = new HashMap<>();
    csv.body()
        .lines()
        .forEach(
            l -> {
              for (int round = 0; round < 10; round++) {
                if (l.contains("\"Ferry " + round + "\"")) {
                  holding.merge("Ferry " + round, 1, Integer::sum);
                }
              }
            });
    assertEquals(told, holding, "nobody's choice vanished with a removed choice");
  }

  @Test
  @Order(8)
  void theDoorShowsTheMarkedAnswersInTheHelpersLanguage() {
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    Page page = administrator.get(REGISTER);
    Map<String, String> answers = new HashMap<>();
    answers.put("fullName", "Administratorul Platformei");
    answers.put("mode", "IN_PERSON");
    answers.put(group(page, "Lunch"), option(page, "Lunch", "Fish"));
    answers.put(group(page, "Dinner"), "yes");
    answers.put(input(page, "attendance", "Photos"), "on");
    Page registered = administrator.submit(page, "attendance", answers, "register");
    assertFalse(registered.document().select("#mine").isEmpty(), registered.text());

    WebClient helper = DemoUsers.ORGANISER.signedIn();
    String door = "/manage/events/" + SLUG + "/check-in";
    // The choice of language is kept with the account: the organiser gets English back after.
    helper.post("/language", Map.of("lang", "ro", "next", door));
    try {
      Page found =
          helper.submit(helper.get(door), "find", Map.of("query", "Administratorul"), "search");
      Element button = found.document().selectFirst("#find button[id$=checkIn]");
      assertNotNull(button, found.text());
      Page checkedIn =
          helper.submit(found, "find", Map.of(), button.id().substring("find:".length()));
      String result = checkedIn.document().getElementById("door-result").text();
      assertTrue(result.contains("Cina: Da"), result);
      assertFalse(result.contains("Lunch"), "only the questions marked for the door: " + result);
    } finally {
      helper.post("/language", Map.of("lang", "en", "next", door));
    }
    assertTrue(
        DemoUsers.ORGANISER.signedIn().get(door).text().contains("Check-in"),
        "English again for the organiser");
  }

  private static Answer register(String token, String email, long choice) {
    byte[] body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("fullName", "Călător " + email)
            .add("mode", "ONLINE")
            .add("mailed", false)
            .add("choices", Json.createArrayBuilder().add(choice))
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return SubmissionsApi.send(
        "POST", "/api/v1/events/" + SLUG + "/registrations", token, "application/json", body, null);
  }

  private static jakarta.mail.internet.MimeMessage confirmMail(String recipient)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      var found =
          Mails.to(catcher.server(), recipient).stream()
              .filter(m -> Mails.subject(m).startsWith("Confirm your registration: "))
              .toList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no confirmation mail to " + recipient);
  }
}
