package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.colloquium.tests.support.WebClient.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authors' side of submissions through the pages: a draft, handing it in, the mails, editing,
 * two tabs, a double post, every kind of bad input next to its field, a closed call, withdrawal,
 * co-authors and strangers. The open demo call (annual conference) is double-blind, 300 words, 3–5
 * keywords, PDF optional up to 10 MB.
 */
class SubmissionFormIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String OPEN = "annual-conference-iii";
  private static final String CLOSED = "20-months-after";
  private static final String PASSWORD = "amber quokka harbour 9";
  private static final String SUFFIX = Long.toString(System.nanoTime() % 100000);
  private static final Pattern DETAIL = Pattern.compile("/my/submissions/(\\d+)");

  private static String words(int count) {
    StringBuilder text = new StringBuilder("**Propaganda** and memory:");
    for (int i = 4; i <= count; i++) {
      text.append(" word").append(i);
    }
    return text.toString();
  }

  /** Signs up with this address, confirms it through the mail, and signs in. */
  private static WebClient newAccount(String fullName, String email) {
    WebClient browser = new WebClient();
    Accounts.signUpExpectingMail(browser, fullName, email, PASSWORD);
    MimeMessage confirmation = null;
    // A co-author may have had the submission's mail before the confirmation.
    for (int count = 1; confirmation == null && count < 5; count++) {
      confirmation =
          Mails.awaitFor(catcher.server(), email, count, Duration.ofSeconds(20)).stream()
              .filter(m -> Mails.subject(m).startsWith("Confirm"))
              .findFirst()
              .orElse(null);
    }
    assertNotNull(confirmation, "no confirmation mail to " + email);
    browser.get(Mails.link(confirmation, "/confirm-email?token="));
    DemoUsers.signIn(browser, email, PASSWORD);
    return browser;
  }

  private static Long idOf(Page page) {
    Matcher m = DETAIL.matcher(page.path());
    assertTrue(m.find(), () -> "not on a submission: " + page.path() + " " + page.errors());
    return Long.valueOf(m.group(1));
  }

  /** The form with two more (blank) author rows. */
  private static Page formWithThreeAuthors(WebClient client, String path) {
    Page form = client.get(path);
    assertEquals(200, form.status(), form.text());
    form = client.submitMultipart(form, "submission", Map.of(), Map.of(), "addAuthor");
    form = client.submitMultipart(form, "submission", Map.of(), Map.of(), "addAuthor");
    assertNotNull(form.document().getElementById("submission:authors:2:name"), form.body());
    return form;
  }

  private static Map<String, String> validFields(String title, String coAuthor, String third) {
    Map<String, String> fields = new HashMap<>();
    fields.put("title", title);
    fields.put("abstract", words(120));
    fields.put("keywords", "propaganda; memory, media");
    fields.put("language", "en");
    fields.put("authors:1:name", "Mihai Coautor");
    fields.put("authors:1:email", coAuthor);
    fields.put("authors:1:affiliation", "Universitatea din București");
    fields.put("authors:1:country", "RO");
    fields.put("authors:2:name", "Olena Третя");
    fields.put("authors:2:email", third);
    fields.put("presenting", "0");
    return fields;
  }

  private static MimeMessage mailWithSubject(String to, int atLeast, String start) {
    return Mails.awaitFor(catcher.server(), to, atLeast, Duration.ofSeconds(30)).stream()
        .filter(m -> Mails.subject(m).startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail '" + start + "…' to " + to));
  }

  @Test
  void aDraftIsSubmittedMailedEditedDownloadedAndSeenByACoAuthorButNotByOthers() {
    String email = Accounts.freshEmail("submitter");
    String coAuthor = Accounts.freshEmail("coauthor");
    String third = Accounts.freshEmail("third");
    WebClient author = newAccount("Ioana Popescu", email);

    Page form = author.get("/events/" + OPEN + "/submit");
    assertEquals("Submit an abstract", form.heading());
    assertEquals("Ioana Popescu", form.fieldValue("submission:authors:0:name"));
    assertEquals(email, form.fieldValue("submission:authors:0:email"));
    assertTrue(form.text().contains("0 / 300 words"), form.text());
    assertNotNull(form.document().getElementById("submission:stripMetadata"), "double-blind");

    form = formWithThreeAuthors(author, "/events/" + OPEN + "/submit");
    String title = "Memory of the war in Ukrainian and Romanian media " + SUFFIX;
    byte[] pdf = TestPdfs.onePage("Memory of the war", null, false);
    Page draft =
        author.submitMultipart(
            form,
            "submission",
            validFields(title, coAuthor, third),
            Map.of("file", new Upload("paper.pdf", "application/pdf", pdf)),
            "saveDraft");
    Long id = idOf(draft);
    assertEquals("/my/submissions/" + id + "/edit?done=draft", draft.path());
    assertTrue(draft.infos().toString().contains("saved"), draft.infos().toString());
    assertEquals(title, draft.fieldValue("submission:title"));
    assertTrue(draft.text().contains("120 / 300 words"), draft.text());
    assertTrue(draft.document().getElementById("current-file-link") != null, draft.body());
    assertEquals(
        "checked",
        draft.document().getElementById("submission:authors:0:presenting").attr("checked"));

    Page submitted = author.submitMultipart(draft, "submission", Map.of(), Map.of(), "submit");
    assertEquals(
        "/my/submissions/" + id + "?done=received",
        submitted.path(),
        submitted.errors().toString());
    assertTrue(
        submitted.infos().toString().contains("a confirmation mail is on its way to " + email),
        submitted.infos().toString());
    assertEquals("Submitted", submitted.document().getElementById("state").text());
    assertTrue(submitted.text().contains("Olena Третя"), submitted.text());

    MimeMessage received = mailWithSubject(email, 2, "Submission #");
    assertTrue(Mails.subject(received).contains(title), Mails.subject(received));
    assertTrue(Mails.link(received, "/my/submissions/").endsWith("/my/submissions/" + id));
    assertTrue(Mails.body(received).contains("Keywords: propaganda, memory, media"));
    MimeMessage toCoAuthor = mailWithSubject(coAuthor, 1, "You are a co-author");
    assertTrue(Mails.link(toCoAuthor, "/my/submissions/").endsWith("/my/submissions/" + id));
    mailWithSubject(third, 1, "You are a co-author");

    // Edit after submitting: the same form, "Save changes".
    Page edit = author.get("/my/submissions/" + id + "/edit");
    assertNull(edit.document().getElementById("submission:submit"), "no second hand-in");
    Page changed =
        author.submitMultipart(
            edit, "submission", Map.of("title", title + " (revised)"), Map.of(), "saveDraft");
    assertEquals(
        "/my/submissions/" + id + "?done=saved", changed.path(), changed.errors().toString());
    assertTrue(changed.infos().toString().contains("are saved"), changed.infos().toString());
    assertTrue(changed.heading().endsWith(title + " (revised)"), changed.heading());

    var file = author.getBytes("/my/submissions/" + id + "/file");
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertTrue(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));

    Page mine = author.get("/my/submissions");
    assertTrue(mine.text().contains(title + " (revised)"), mine.text());
    assertTrue(mine.text().contains("Can be changed until"), mine.text());

    // The co-author signs up with the address named and finds it, read-only.
    WebClient co = newAccount("Mihai Coautor", coAuthor);
    Page theirs = co.get("/my/submissions");
    assertTrue(theirs.text().contains(title + " (revised)"), theirs.text());
    assertTrue(theirs.text().contains("Co-author"), theirs.text());
    Page readOnly = co.get("/my/submissions/" + id);
    assertEquals(200, readOnly.status());
    assertTrue(
        readOnly.document().getElementById("read-only-reason").text().contains("co-author"),
        readOnly.text());
    assertNull(readOnly.document().getElementById("edit"));
    assertNull(readOnly.document().getElementById("actions:withdraw"));
    Page coForm = co.get("/my/submissions/" + id + "/edit");
    assertEquals(200, coForm.status());
    assertNull(coForm.document().getElementById("submission:saveDraft"));
    assertTrue(coForm.document().getElementById("submission:title").hasAttr("disabled"));
    assertEquals(200, co.getBytes("/my/submissions/" + id + "/file").statusCode());

    // Anyone else: nothing there.
    WebClient stranger = DemoUsers.AUTHOR.signedIn();
    for (String path : List.of("", "/edit", "/file")) {
      assertEquals(404, stranger.getWithoutRedirect("/my/submissions/" + id + path).status(), path);
    }
    assertFalse(stranger.get("/my/submissions").text().contains(title));
  }

  @Test
  void everyBadInputIsNamedNextToItsFieldAndTheTypedTextStays() {
    WebClient author = newAccount("Radu Greșeală", Accounts.freshEmail("mistakes"));
    Page form = formWithThreeAuthors(author, "/events/" + OPEN + "/submit");
    String tooLong = words(301);
    Map<String, String> fields = new HashMap<>();
    fields.put("title", "");
    fields.put("abstract", tooLong);
    fields.put("keywords", "only one");
    fields.put("authors:0:orcid", "0000-0002-1825-0090");
    fields.put("authors:1:name", "Dup Licat");
    fields.put("authors:1:email", form.fieldValue("submission:authors:0:email"));
    fields.put("authors:2:name", "No Mail");
    fields.put("authors:2:email", "not-an-address");
    fields.put("presenting", "0");
    Page refused = author.submitMultipart(form, "submission", fields, Map.of(), "submit");
    assertEquals("/events/" + OPEN + "/submit", refused.path());
    assertTrue(refused.fieldError("submission:title").contains("enter the title"), refused.text());
    assertTrue(
        refused
            .fieldError("submission:abstract")
            .contains("301 words; this call allows at most 300"),
        refused.text());
    assertTrue(refused.fieldMarkedInvalid("submission:abstract"));
    assertTrue(refused.fieldError("submission:keywords").contains("at least 3"), refused.text());
    assertTrue(
        refused.fieldError("submission:authors:0:orcid").contains("not a valid ORCID"),
        refused.text());
    assertTrue(
        refused.fieldError("submission:authors:1:email").contains("already given"), refused.text());
    assertTrue(
        refused.fieldError("submission:authors:2:email").contains("not a valid email"),
        refused.text());
    assertTrue(refused.fieldMarkedInvalid("submission:authors:2:email"));
    assertEquals(tooLong, refused.fieldValue("submission:abstract"));
    assertEquals("not-an-address", refused.fieldValue("submission:authors:2:email"));
    assertTrue(refused.text().contains("301 / 300 words"), refused.text());

    // Files: not a PDF, a PDF with JavaScript, too large; each said next to the file field.
    Map<String, String> draft = Map.of("title", "Files " + SUFFIX, "presenting", "0");
    Page notPdf =
        author.submitMultipart(
            refused,
            "submission",
            draft,
            Map.of(
                "file",
                new Upload(
                    "paper.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8))),
            "saveDraft");
    assertTrue(notPdf.fieldError("submission:file").contains("not a PDF"), notPdf.text());
    assertEquals("Files " + SUFFIX, notPdf.fieldValue("submission:title"));
    Page script =
        author.submitMultipart(
            notPdf,
            "submission",
            draft,
            Map.of(
                "file",
                new Upload("paper.pdf", "application/pdf", TestPdfs.onePage("Hello", null, true))),
            "saveDraft");
    assertTrue(script.fieldError("submission:file").contains("JavaScript"), script.text());
    byte[] large = Arrays.copyOf(TestPdfs.onePage("Big", null, false), 10 * 1024 * 1024 + 10);
    Page tooLarge =
        author.submitMultipart(
            script,
            "submission",
            draft,
            Map.of("file", new Upload("big.pdf", "application/pdf", large)),
            "saveDraft");
    assertTrue(tooLarge.fieldError("submission:file").contains("at most 10 MB"), tooLarge.text());
    assertTrue(
        author.get("/my/submissions").text().contains("no submissions yet"),
        "nothing was saved by refused posts");
  }

  @Test
  void aDoublePostMakesOneSubmissionAndTheSecondOfTwoTabsGetsAConflictKeepingItsText() {
    WebClient author = newAccount("Elena Dublă", Accounts.freshEmail("double"));
    Page form = author.get("/events/" + OPEN + "/submit");
    String title = "Twice posted " + SUFFIX;
    Map<String, String> fields = Map.of("title", title, "presenting", "0");
    Page first = author.submitMultipart(form, "submission", fields, Map.of(), "saveDraft");
    Page second = author.submitMultipart(form, "submission", fields, Map.of(), "saveDraft");
    Long id = idOf(first);
    assertEquals(id, idOf(second));
    Page list = author.get("/my/submissions");
    assertEquals(1, list.document().select("#my-submissions tbody tr").size(), list.text());

    String edit = "/my/submissions/" + id + "/edit";
    Page tabA = author.get(edit);
    Page tabB = author.get(edit);
    Page savedA =
        author.submitMultipart(
            tabA, "submission", Map.of("title", title + " A"), Map.of(), "saveDraft");
    assertEquals(List.of(), savedA.errors());
    Page conflict =
        author.submitMultipart(
            tabB,
            "submission",
            Map.of("title", title + " B", "abstract", "Typed in tab B"),
            Map.of(),
            "saveDraft");
    assertTrue(
        conflict.errors().stream().anyMatch(e -> e.contains("Someone else saved")),
        conflict.text());
    assertEquals(title + " B", conflict.fieldValue("submission:title"));
    assertEquals("Typed in tab B", conflict.fieldValue("submission:abstract"));
    assertEquals(title + " A", author.get(edit).fieldValue("submission:title"));

    // Withdraw, after confirming.
    Page detail = author.get("/my/submissions/" + id);
    Page asked = author.submit(detail, "actions", Map.of(), "withdraw");
    assertTrue(asked.text().contains("Withdraw this submission?"), asked.text());
    assertEquals("Draft", asked.document().getElementById("state").text(), "not yet");
    Page withdrawn = author.submit(asked, "actions", Map.of(), "confirmWithdraw");
    assertTrue(withdrawn.infos().toString().contains("is withdrawn"), withdrawn.text());
    assertEquals("Withdrawn", withdrawn.document().getElementById("state").text());
    assertTrue(
        withdrawn.document().getElementById("read-only-reason").text().contains("withdrawn"));
    Page afterwards = author.get(edit);
    assertNull(afterwards.document().getElementById("submission:saveDraft"));
  }

  @Test
  void aClosedCallShowsTheFormReadOnlyWithTheDeadlineInTheEventsZone() {
    Page form = DemoUsers.AUTHOR.signedIn().get("/events/" + CLOSED + "/submit");
    assertEquals(200, form.status());
    assertEquals(
        "The deadline passed on 15 September 2023, 23:59 (Europe/Bucharest); the submission can no"
            + " longer be changed.",
        form.document().getElementById("read-only-reason").text());
    assertNull(form.document().getElementById("submission:saveDraft"));
    assertNull(form.document().getElementById("submission:submit"));
    assertTrue(form.document().getElementById("submission:title").hasAttr("disabled"));
    assertNull(form.document().getElementById("submission:file"), "this call takes no files");
  }
}
