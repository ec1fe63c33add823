package org.colloquium.programme.domain.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.colloquium.programme.domain.feeds.FeedFixtures.CYRILLIC_NAME;
import static org.colloquium.programme.domain.feeds.FeedFixtures.LINKS;
import static org.colloquium.programme.domain.feeds.FeedFixtures.TRICKY_TITLE;
import static org.colloquium.programme.domain.feeds.FeedFixtures.programme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.ReleaseEdits;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class FrabScheduleTest {

  private static final String GUID_101 =
      UUID.nameUUIDFromBytes("cilr-2026/contribution/101".getBytes(UTF_8)).toString();

  private final FrabSchedule schedule = new FrabSchedule(LINKS);

  // schedule.xml

  @Test
  void theXmlValidatesAgainstTheC3vocSchema() throws Exception {
    validateXml(xml(programme(1)));
  }

  @Test
  void theXmlSchemaCheckCanFail() throws Exception {
    String broken =
        new String(xml(programme(1)), UTF_8).replace("<start>10:00</start>", "<start>10h</start>");

    assertThrows(SAXException.class, () -> validateXml(broken.getBytes(UTF_8)));
  }

  @Test
  void theXmlListsDaysRoomsAndTheChosenEntries() throws Exception {
    Document doc = dom(xml(programme(1)));
    Element root = doc.getDocumentElement();

    assertEquals(
        "Colloquium",
        ((Element) root.getElementsByTagName("generator").item(0)).getAttribute("name"));
    assertEquals("1", text(root, "version"));
    Element conference = (Element) root.getElementsByTagName("conference").item(0);
    assertEquals("cilr-2026", text(conference, "acronym"));
    assertEquals("2026-05-13", text(conference, "start"));
    assertEquals("2026-05-15", text(conference, "end"));
    assertEquals("3", text(conference, "days"));
    assertEquals("00:30", text(conference, "timeslot_duration"));
    assertEquals("Europe/Bucharest", text(conference, "time_zone_name"));
    assertEquals("https://colloquium.example.ro/", text(conference, "base_url"));
    NodeList days = root.getElementsByTagName("day");
    assertEquals(3, days.getLength());
    Element first = (Element) days.item(0);
    assertEquals("1", first.getAttribute("index"));
    assertEquals("2026-05-13", first.getAttribute("date"));
    assertEquals("2026-05-13T09:00:00+03:00", first.getAttribute("start"));
    assertEquals("2026-05-13T13:00:00+03:00", first.getAttribute("end"));
    List<String> rooms = new ArrayList<>();
    NodeList roomNodes = first.getElementsByTagName("room");
    for (int i = 0; i < roomNodes.getLength(); i++) {
      Element room = (Element) roomNodes.item(i);
      if (room.getParentNode() == first) {
        rooms.add(room.getAttribute("name"));
      }
    }
    assertEquals(List.of("Aula Magna „Ștefan Procopiu”", "Sala Țițeica", "Holul central"), rooms);

    List<String> ids = new ArrayList<>();
    NodeList events = root.getElementsByTagName("event");
    for (int i = 0; i < events.getLength(); i++) {
      ids.add(((Element) events.item(i)).getAttribute("id"));
    }
    // Session 4 (a break with no room), 8 (a blocker) and the sessions around talks are absent.
    assertEquals(
        List.of(
            "1000000001",
            "101",
            "102",
            "103",
            "201",
            "202",
            "1000000005",
            "1000000007",
            "401",
            "402",
            "1000000009"),
        ids);
  }

  @Test
  void anXmlEventCarriesEscapedTextAndItsStableGuid() throws Exception {
    byte[] bytes = xml(programme(1));
    String raw = new String(bytes, UTF_8);
    assertFalse(raw.contains("<b>ea</b>"), "markup in a title must be escaped");
    assertTrue(
        raw.contains("&lt;b&gt;ea&lt;/b&gt; &amp;") || raw.contains("&lt;b>ea&lt;/b> &amp;"), raw);

    Element event = event(dom(bytes), "101");
    assertEquals(GUID_101, event.getAttribute("guid"));
    assertEquals(TRICKY_TITLE, text(event, "title"));
    assertEquals("2026-05-13T10:00:00+03:00", text(event, "date"));
    assertEquals("10:00", text(event, "start"));
    assertEquals("00:30", text(event, "duration"));
    assertEquals("Aula Magna „Ștefan Procopiu”", text(event, "room"));
    assertEquals("cilr-2026-101-formele-b-ea-b-ia-in-textele-vechi", text(event, "slug"));
    assertEquals(
        "https://colloquium.example.ro/events/cilr-2026/programme/contributions/101",
        text(event, "url"));
    assertEquals("Lingvistică istorică", text(event, "track"));
    assertEquals("Comunicare", text(event, "type"));
    assertEquals("ro", text(event, "language"));
    assertTrue(text(event, "abstract").startsWith("Studiul urmărește evoluția diftongilor"));
    assertEquals("Ștefan Mureșanu", text(event, "person"));
    assertEquals("true", text(event, "optout"));

    Element russian = event(dom(bytes), "102");
    assertEquals(CYRILLIC_NAME, text(russian, "person"));
    Element posters = event(dom(bytes), "1000000005");
    assertEquals("posters", text(posters, "type"));
    assertTrue(text(posters, "abstract").contains("P2 — Împrumuturi slave în toponimie"));
  }

  @Test
  void aMovedTalkKeepsItsGuidAndIdInTheNextRelease() throws Exception {
    Element before = event(dom(xml(programme(1))), "401");
    Element after = event(dom(xml(programme(2))), "401");

    assertEquals(before.getAttribute("guid"), after.getAttribute("guid"));
    assertEquals("09:00", text(before, "start"));
    assertEquals("09:30", text(after, "start"));
    assertEquals("2", text(dom(xml(programme(2))).getDocumentElement(), "version"));
  }

  @Test
  void textThatXmlCannotCarryIsDroppedAndTheRestSurvives() throws Exception {
    String nasty = "Titlu\u0001 cu \\ \"ghilimele\" ]]> <![CDATA[ și 😀\u2028fin";
    byte[] bytes = xml(renamed(programme(1), 101L, nasty));

    validateXml(bytes);
    assertEquals(nasty.replace("\u0001", ""), text(event(dom(bytes), "101"), "title"));
  }

  // schedule.json

  @Test
  void theJsonValidatesAgainstTheC3vocSchemaEventsIncluded() throws Exception {
    JsonNode document = jackson(json(programme(1)));

    assertEquals(Set.of(), validateJson(document));
  }

  @Test
  void theJsonSchemaCheckCanFail() throws Exception {
    ObjectNode document = (ObjectNode) jackson(json(programme(1)));
    ObjectNode firstEvent =
        (ObjectNode) document.at("/schedule/conference/days/0/rooms").elements().next().get(0);
    firstEvent.put("do_not_record", "no");
    firstEvent.remove("guid");

    Set<ValidationMessage> errors = validateJson(document);

    assertEquals(2, errors.size(), errors::toString);
  }

  @Test
  void theJsonCarriesTheSameEntries() throws Exception {
    JsonObject root = jakarta(json(programme(1)));

    assertEquals(FrabSchedule.JSON_SCHEMA, root.getString("$schema"));
    JsonObject schedule = root.getJsonObject("schedule");
    assertEquals("1", schedule.getString("version"));
    JsonObject conference = schedule.getJsonObject("conference");
    assertEquals("cilr-2026", conference.getString("acronym"));
    assertEquals(3, conference.getInt("daysCount"));
    assertEquals("Europe/Bucharest", conference.getString("time_zone_name"));
    JsonArray days = conference.getJsonArray("days");
    assertEquals(3, days.size());
    JsonObject day1 = days.getJsonObject(0);
    assertEquals("2026-05-13T09:00:00+03:00", day1.getString("day_start"));
    JsonObject rooms = day1.getJsonObject("rooms");
    assertEquals(
        List.of("Aula Magna „Ștefan Procopiu”", "Sala Țițeica", "Holul central"),
        List.copyOf(rooms.keySet()));
    JsonObject talk = rooms.getJsonArray("Aula Magna „Ștefan Procopiu”").getJsonObject(1);
    assertEquals(101, talk.getInt("id"));
    assertEquals(GUID_101, talk.getString("guid"));
    assertEquals(TRICKY_TITLE, talk.getString("title"));
    assertEquals("10:00", talk.getString("start"));
    assertEquals("2026-05-13T10:00:00+03:00", talk.getString("date"));
    assertEquals("00:30", talk.getString("duration"));
    assertEquals(true, talk.getBoolean("do_not_record"));
    assertEquals(
        "Ștefan Mureșanu", talk.getJsonArray("persons").getJsonObject(0).getString("public_name"));
    assertEquals(
        "https://colloquium.example.ro/events/cilr-2026/programme/contributions/101",
        talk.getJsonArray("links").getJsonObject(0).getString("url"));
  }

  @Test
  void anyTextSurvivesTheJsonUnchanged() throws Exception {
    String nasty = "Titlu\u0001 cu \\ \"ghilimele\" </script> și 😀\u2028fin\ttab";
    byte[] bytes = json(renamed(programme(1), 101L, nasty));

    assertEquals(Set.of(), validateJson(jackson(bytes)));
    JsonObject talk =
        jakarta(bytes)
            .getJsonObject("schedule")
            .getJsonObject("conference")
            .getJsonArray("days")
            .getJsonObject(0)
            .getJsonObject("rooms")
            .getJsonArray("Aula Magna „Ștefan Procopiu”")
            .getJsonObject(1);
    assertEquals(nasty, talk.getString("title"));
  }

  @Test
  void aBreakWithoutARoomIsInNeitherFeed() throws Exception {
    assertNull(eventOrNull(dom(xml(programme(1))), "1000000004"));
    assertFalse(new String(json(programme(1)), UTF_8).contains("Pauză de cafea"));
  }

  // helpers

  private byte[] xml(PublishedProgramme programme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    schedule.writeXml(programme, out);
    return out.toByteArray();
  }

  private byte[] json(PublishedProgramme programme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    schedule.writeJson(programme, out);
    return out.toByteArray();
  }

  private static void validateXml(byte[] bytes) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator =
        factory.newSchema(FrabScheduleTest.class.getResource("schedule.xml.xsd")).newValidator();
    validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
  }

  /**
   * Checks the whole document, then each event against the schema's own Event definition: this
   * revision of the schema puts "items" on the rooms object, where it checks nothing.
   */
  private static Set<ValidationMessage> validateJson(JsonNode document) throws Exception {
    JsonNode schemaNode;
    try (InputStream in = FrabScheduleTest.class.getResourceAsStream("schedule.schema.json")) {
      schemaNode = lenient().readTree(in);
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6);
    Set<ValidationMessage> errors =
        new LinkedHashSet<>(factory.getSchema(schemaNode).validate(document));
    ObjectNode eventSchema = lenient().createObjectNode();
    eventSchema.put("$schema", "http://json-schema.org/draft-06/schema#");
    eventSchema.set("definitions", schemaNode.get("definitions"));
    eventSchema.put("$ref", "#/definitions/Event");
    JsonSchema events = factory.getSchema(eventSchema);
    for (JsonNode day : document.at("/schedule/conference/days")) {
      for (JsonNode room : (Iterable<JsonNode>) day.get("rooms")::elements) {
        for (JsonNode event : room) {
          errors.addAll(events.validate(event));
        }
      }
    }
    return errors;
  }

  private static ObjectMapper lenient() {
    // Some revisions of the c3voc schema carry // comments.
    return JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
  }

  private static JsonNode jackson(byte[] bytes) throws Exception {
    return new ObjectMapper().readTree(bytes);
  }

  private static JsonObject jakarta(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }

  private static Document dom(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static Element event(Document doc, String id) {
    Element event = eventOrNull(doc, id);
    assertNotNull(event, "no event " + id);
    return event;
  }

  private static Element eventOrNull(Document doc, String id) {
    NodeList events = doc.getElementsByTagName("event");
    for (int i = 0; i < events.getLength(); i++) {
      Element event = (Element) events.item(i);
      if (event.getAttribute("id").equals(id)) {
        return event;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    assertTrue(nodes.getLength() > 0, "no " + name);
    return nodes.item(0).getTextContent();
  }

  /** The programme with one contribution's title replaced. */
  static PublishedProgramme renamed(
      PublishedProgramme programme, long contributionId, String title) {
    return ReleaseEdits.withContributions(
        programme,
        contributions ->
            contributions.stream()
                .map(
                    c ->
                        c.id() != contributionId
                            ? c
                            : new ProgrammeContribution(
                                c.id(),
                                c.sessionId(),
                                c.submissionNumber(),
                                title,
                                c.abstractMarkdown(),
                                c.keywords(),
                                c.language(),
                                c.trackId(),
                                c.typeName(),
                                c.poster(),
                                c.board(),
                                c.start(),
                                c.end(),
                                c.authors()))
                .toList());
  }
}
