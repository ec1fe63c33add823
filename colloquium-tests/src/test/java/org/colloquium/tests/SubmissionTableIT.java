package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisers' side of the demo submissions of the IIIrd Annual Conference: the table with its
 * filters, the detail page, the downloads, the statistics and marking duplicates, and who may not
 * see any of it.
 */
class SubmissionTableIT extends DeployedApplication {

  private static final String TABLE = "/manage/events/annual-conference-iii/submissions";

  private static WebClient organiser;

  @BeforeAll
  static void signIn() {
    organiser = DemoUsers.ORGANISER.signedIn();
  }

  @Test
  void organisersSeeHandedInAndWithdrawnSubmissionsButNeverDrafts() {
    Page table = organiser.get(TABLE);
    assertEquals(200, table.status());
    String text = table.text();
    assertTrue(text.contains("Energy security of the Republic of Moldova"), text);
    assertTrue(text.contains("Grain corridors and Black Sea shipping"), "withdrawn is listed");
    assertTrue(text.contains("Тарас Коваленко"), "authors are listed");
    assertFalse(text.contains("Romanian-Ukrainian cross-border cooperation"), "drafts are not");
    // Other tests add submissions to the same event: the demo's are #1 to #12 (#12 a draft).
    Page all = organiser.get(TABLE + "?size=100");
    assertEquals(counts()[0] + counts()[1], rows(all).size(), "every handed-in or withdrawn one");
    assertEquals(
        List.of("#1", "#2", "#3", "#4", "#5", "#6", "#7", "#8", "#9", "#10", "#11"),
        rows(all).stream().limit(11).map(tr -> tr.selectFirst("td a").text()).toList());
    assertEquals(
        TABLE + "/1",
        rows(table).get(0).selectFirst("td a").attr("href"),
        "rows link to their detail page");
  }

  @Test
  void filtersNarrowTheTableAndStayInTheAddress() {
    Page withdrawn = organiser.get(TABLE + "?state=WITHDRAWN&size=100");
    assertTrue(titles(withdrawn).contains("Grain corridors and Black Sea shipping"));
    assertEquals(counts()[1], rows(withdrawn).size(), "only the withdrawn ones");
    List<String> french = titles(TABLE + "?country=FR");
    assertEquals(
        2,
        french.stream().filter(t -> t.startsWith("Ukraine's EU accession")).count(),
        french::toString);
    assertFalse(french.contains("Grain corridors and Black Sea shipping"), "no French author");
    assertEquals(
        List.of("Științele sociale în fața războiului: cercetarea sub presiune"),
        titles(TABLE + "?q=stiinte"),
        "search ignores diacritics");
    assertEquals(
        List.of(
            "Propaganda în spațiul informațional românesc: narative pro-Kremlin pe rețelele sociale"),
        titles(TABLE + "?q=" + URLEncoder.encode("КОВАЛЕНКО", StandardCharsets.UTF_8)));

    Page all = organiser.get(TABLE);
    String energy =
        all.document().select("#track option").stream()
            .filter(o -> o.text().equals("Energy and economy"))
            .findFirst()
            .orElseThrow()
            .val();
    Page filtered = organiser.get(TABLE + "?track=" + energy + "&state=SUBMITTED");
    List<String> titles = titles(filtered);
    assertTrue(
        titles.containsAll(
            List.of(
                "Energy security of the Republic of Moldova after 2022",
                "Energy transition in Central and Eastern Europe")),
        titles::toString);
    assertFalse(titles.contains("Grain corridors and Black Sea shipping"), "withdrawn excluded");
    assertEquals(
        "Energy and economy",
        filtered.document().selectFirst("#track option[selected]").text(),
        "the form shows the filter in use");
    assertTrue(
        filtered
            .document()
            .getElementById("download-csv")
            .attr("href")
            .endsWith("submissions.csv?state=SUBMITTED&track=" + energy),
        "downloads carry the filter");
  }

  @Test
  void csvHasOneRowPerSubmissionWithAuthorsInUtf8WithByteOrderMark() {
    HttpResponse<byte[]> csv = organiser.getBytes(TABLE + ".csv");
    assertEquals(200, csv.statusCode());
    assertEquals(
        "text/csv;charset=UTF-8",
        csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertEquals(
        "attachment; filename=\"annual-conference-iii-submissions.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    byte[] body = csv.body();
    assertEquals((byte) 0xEF, body[0]);
    assertEquals((byte) 0xBB, body[1]);
    assertEquals((byte) 0xBF, body[2]);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = csv(text);
    assertEquals(
        List.of(
            "Number",
            "State",
            "Title",
            "Track",
            "Presentation type",
            "Language",
            "Keywords",
            "Abstract",
            "Authors",
            "Presenting author",
            "E-mail addresses",
            "Countries",
            "Submitted at",
            "Duplicate of",
            "PDF"),
        header(text));
    assertTrue(text.contains("Ana-Maria Căpățînă (University of Bucharest, RO)"), text);
    assertTrue(text.contains("Тарас Коваленко"), text);
    assertFalse(text.contains("Romanian-Ukrainian cross-border cooperation"), "no drafts");
    assertTrue(
        records.stream()
            .anyMatch(r -> r.get("Abstract").startsWith("Analizăm narativele pro-Kremlin")),
        "the abstract, as written, in its own column");
    int[] counts = counts();
    assertEquals(counts[0] + counts[1], records.size(), "a row each, after the header");

    List<CSVRecord> withdrawnOnly =
        csv(
            new String(
                organiser.getBytes(TABLE + ".csv?state=WITHDRAWN").body(), StandardCharsets.UTF_8));
    assertEquals(counts[1], withdrawnOnly.size());
    for (CSVRecord r : withdrawnOnly) {
      assertEquals("WITHDRAWN", r.get("State"), r::toString);
    }
  }

  @Test
  void csvCellsThatASpreadsheetCouldRunAsFormulasStayText() {
    String tag = SubmissionsApi.key().substring(0, 8);
    String title = "=1+2 Energy;=SUM(A1);+3 " + tag;
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    String slug = "annual-conference-iii";
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("abstract", ("Energy;=HYPERLINK(\"http://evil\") and @cmd, -2+3. ").repeat(8))
            .add("keywords", Json.createArrayBuilder().add("+energy").add("@grid").add("=cost"))
            .add("trackId", SubmissionsApi.firstId(slug, "tracks"))
            .add("presentationTypeId", SubmissionsApi.firstId(slug, "presentationTypes"))
            .add("language", "en")
            .add(
                "authors",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "@Radu =Anghelescu")
                            .add("email", DemoUsers.AUTHOR.email())
                            .add("affiliation", "-Universitatea;+București")
                            .add("country", "RO")
                            .add("presenting", true)
                            .add("mayEdit", false)))
            .add("submit", false)
            .build();
    SubmissionsApi.Answer created = SubmissionsApi.create(slug, token, SubmissionsApi.key(), body);
    SubmissionsApi.assertStatus(201, created);
    long id = created.json().getJsonNumber("id").longValue();
    SubmissionsApi.assertStatus(
        200,
        SubmissionsApi.putFile(slug, token, id, SubmissionsApi.pdf("Energy " + tag, d -> {}), ""));
    SubmissionsApi.assertStatus(
        200, SubmissionsApi.post("/api/v1/submissions/" + id + "/submit", token));

    byte[] bytes = organiser.getBytes(TABLE + ".csv").body();
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    CSVRecord row =
        csv(text).stream()
            .filter(r -> r.get("Title").contains(tag))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + tag));
    // Read back as CSV: each formula start, first in a cell or after a separator, is defused.
    assertEquals("'=1+2 Energy;'=SUM(A1);'+3 " + tag, row.get("Title"));
    assertTrue(row.get("Keywords").startsWith("'+energy"), row.get("Keywords"));
    assertTrue(
        row.get("Keywords").contains(";' @grid") || row.get("Keywords").contains(",' @grid"),
        row.get("Keywords"));
    assertTrue(row.get("Abstract").startsWith("Energy;'=HYPERLINK("), row.get("Abstract"));
    assertTrue(row.get("Abstract").contains(",' -2+3"), row.get("Abstract"));
    assertTrue(row.get("Authors").startsWith("'@Radu =Anghelescu"), row.get("Authors"));

    // Every field is quoted, so a spreadsheet that splits on another separator still sees quotes.
    String line =
        text.lines()
            .filter(l -> l.contains(tag) && l.contains("SUBMITTED"))
            .findFirst()
            .orElseThrow();
    assertTrue(line.startsWith("\"") && line.contains("\",\""), line);

    // As Excel with a ";" list separator (Romanian, French, German) might cut the line: no piece
    // of it starts a formula, once the quote that opens a field is set aside.
    for (String piece : line.split("[;,\t]")) {
      String cell = piece.strip();
      cell = cell.startsWith("\"") ? cell.substring(1).strip() : cell;
      assertTrue(
          cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0,
          () -> "a formula after splitting: " + piece + " in " + line);
    }
  }

  /** The records of a CSV export (byte order mark removed), read by their header. */
  private static List<CSVRecord> csv(String text) {
    try (CSVParser parser =
        CSVParser.parse(
            text.startsWith("\uFEFF") ? text.substring(1) : text,
            CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> header(String text) {
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.EXCEL)) {
      return parser.getRecords().get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void xlsxAndZipDownloadAsAttachments() throws IOException {
    HttpResponse<byte[]> xlsx = organiser.getBytes(TABLE + ".xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);

    HttpResponse<byte[]> zip = organiser.getBytes(TABLE + ".zip");
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"annual-conference-iii-submissions.zip\"",
        zip.headers().firstValue("Content-Disposition").orElse(""));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        byte[] pdf = in.readAllBytes();
        assertTrue(
            new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), e.getName());
      }
    }
    assertEquals(
        List.of(
            "0001-energy-security-of-the-republic-of.pdf",
            "0006-disinformation-about-refugees-in.pdf",
            "0011-civil-society-in-transnistria.pdf"),
        names.subList(0, Math.min(3, names.size())),
        "the demo's PDFs first, in number order");
    assertTrue(names.stream().allMatch(n -> n.matches("\\d{4}-[a-z0-9-]+\\.pdf")), names::toString);
  }

  @Test
  void theDetailPageShowsEverythingWithdrawnAndDuplicatesAndThePdf() {
    Page first = organiser.get(TABLE + "/1");
    assertEquals(200, first.status());
    assertEquals("Energy security of the Republic of Moldova after 2022", first.heading());
    assertTrue(first.text().contains("ana-maria.capatina@colloquium.example"), first.text());
    HttpResponse<byte[]> pdf = organiser.getBytes(TABLE + "/1/file");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

    Page withdrawn = organiser.get(TABLE + "/5");
    assertTrue(withdrawn.document().getElementById("withdrawn-notice") != null, withdrawn.text());
    Page duplicate = organiser.get(TABLE + "/8");
    assertTrue(duplicate.document().getElementById("duplicate-of").text().contains("4"));

    assertEquals(404, organiser.getWithoutRedirect(TABLE + "/12").status(), "a draft");
    assertEquals(404, organiser.getWithoutRedirect(TABLE + "/999").status());
    assertEquals(404, organiser.getWithoutRedirect(TABLE + "/2/file").status(), "no PDF");
  }

  @Test
  void organisersMarkAndClearDuplicatesWithinTheRules() {
    Page page = organiser.get(TABLE + "/9");
    Page self = organiser.submit(page, "duplicate", Map.of("original", "9"), "mark");
    assertTrue(self.fieldError("duplicate:original").contains("itself"), self.text());
    Page chain = organiser.submit(page, "duplicate", Map.of("original", "8"), "mark");
    assertTrue(chain.fieldError("duplicate:original").contains("duplicate itself"), chain.text());
    assertEquals("8", chain.fieldValue("duplicate:original"), "the typed value is kept");
    Page unknown = organiser.submit(page, "duplicate", Map.of("original", "12"), "mark");
    assertTrue(
        unknown.fieldError("duplicate:original").contains("no submission #12"),
        "drafts are unknown");

    Page marked = organiser.submit(page, "duplicate", Map.of("original", "3"), "mark");
    assertEquals(TABLE + "/9", marked.path());
    assertTrue(marked.document().getElementById("duplicate-of").text().contains("3"));
    Page cleared = organiser.submit(marked, "duplicate", Map.of(), "clear");
    assertEquals(null, cleared.document().getElementById("duplicate-of"));
  }

  @Test
  void statisticsShowAChartAndTheSameNumbersInTables() {
    Page statistics = organiser.get(TABLE + "/statistics");
    assertEquals(200, statistics.status());
    Element chart = statistics.document().getElementById("per-day-chart");
    assertTrue(chart != null && chart.attr("role").equals("img"), statistics.body());
    long days = statistics.document().select("#per-day tbody tr").size();
    assertTrue(days >= 70, "every day of the call, " + days);
    assertEquals(days, chart.select("rect").size());
    long perDay =
        statistics.document().select("#per-day tbody td").stream()
            .mapToLong(td -> Long.parseLong(td.text()))
            .sum();
    int submitted = counts()[0];
    assertTrue(perDay <= submitted, "only days up to the deadline: " + perDay);
    assertTrue(perDay >= 10, "the demo's ten handed-in submissions: " + perDay);
    Element energy =
        statistics.document().select("#per-track tbody tr").stream()
            .filter(tr -> tr.text().startsWith("Energy and economy"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(statistics.body()));
    String energyId =
        organiser.get(TABLE).document().select("#track option").stream()
            .filter(o -> o.text().equals("Energy and economy"))
            .findFirst()
            .orElseThrow()
            .val();
    assertEquals(
        Integer.toString(titles(TABLE + "?size=100&state=SUBMITTED&track=" + energyId).size()),
        energy.selectFirst("td").text(),
        "handed-in ones only, the withdrawn one not");
    assertEquals(
        submitted,
        statistics.document().select("#per-country tbody td").stream()
            .mapToLong(td -> Long.parseLong(td.text()))
            .sum(),
        "one country per submission");
  }

  @Test
  void nobodyElseSeesAnyOfIt() {
    for (WebClient other : List.of(DemoUsers.REVIEWER.signedIn(), DemoUsers.AUTHOR.signedIn())) {
      for (String path :
          List.of(
              TABLE,
              TABLE + ".csv",
              TABLE + ".zip",
              TABLE + "/1",
              TABLE + "/1/file",
              TABLE + "/statistics")) {
        assertEquals(403, other.getWithoutRedirect(path).status(), path);
      }
    }
    // The demo organiser does not organise the IVth edition.
    for (String path :
        List.of(
            "/manage/events/annual-conference-iv/submissions",
            "/manage/events/annual-conference-iv/submissions.csv",
            "/manage/events/annual-conference-iv/submissions/statistics")) {
      assertEquals(403, organiser.getWithoutRedirect(path).status(), path);
    }
    Page anonymous = new WebClient().getWithoutRedirect(TABLE + ".csv");
    assertEquals(302, anonymous.status());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/sign-in?next="));
  }

  /** The table's own count line: handed in, withdrawn. */
  private static int[] counts() {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+) submitted, (\\d+) withdrawn")
            .matcher(organiser.get(TABLE).document().getElementById("submission-counts").text());
    assertTrue(m.find());
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private static List<Element> rows(Page page) {
    return page.document().select("#table\\:submissions tbody tr[data-ri]");
  }

  private static List<String> titles(String path) {
    return titles(organiser.get(path));
  }

  private static List<String> titles(Page page) {
    return rows(page).stream().map(tr -> tr.select("td").get(1).selectFirst("a").text()).toList();
  }
}
