package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.junit.jupiter.api.Test;

/**
 * The read-only JSON API: what it lists, what it hides, and that every answer matches the OpenAPI
 * description the application serves, which itself must parse as valid OpenAPI.
 */
class ApiIT extends DeployedApplication {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void listsPublishedEventsAndNeverDrafts() throws Exception {
    HttpResponse<String> answer = get("/api/v1/events");
    assertEquals(200, answer.statusCode());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    JsonArray events = Json.createReader(new StringReader(answer.body())).readArray();
    List<String> slugs =
        events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("slug")).toList();
    assertTrue(
        slugs.containsAll(List.of("annual-conference-iii", "20-months-after")), slugs::toString);
    assertFalse(slugs.contains("annual-conference-iv"), "the draft is not listed");
    // Upcoming first, then the past conference.
    assertTrue(slugs.indexOf("annual-conference-iii") < slugs.indexOf("20-months-after"));
    JsonObject past = events.getValuesAs(JsonObject.class).get(slugs.indexOf("20-months-after"));
    assertEquals(
        "2023-11-09T09:30+02:00", OffsetDateTime.parse(past.getString("start")).toString());
    assertEquals("Europe/Bucharest", past.getString("timeZone"));
    assertEquals("hybrid", past.getString("attendance"));
    assertEquals(Deployments.baseUrl() + "/events/20-months-after", past.getString("url"));
  }

  @Test
  void oneEventCarriesItsCallForPapers() throws Exception {
    HttpResponse<String> answer = get("/api/v1/events/annual-conference-iii");
    assertEquals(200, answer.statusCode());
    JsonObject event = Json.createReader(new StringReader(answer.body())).readObject();
    assertEquals("annual-conference-iii", event.getJsonObject("event").getString("slug"));
    JsonObject call = event.getJsonObject("callForPapers");
    assertNotNull(call, "the annual conference has an open call");
    assertTrue(call.getBoolean("open"));
    assertTrue(
        OffsetDateTime.parse(call.getString("abstractDeadline"))
            .isAfter(OffsetDateTime.parse(call.getString("opensAt"))));
    assertFalse(event.getString("descriptionHtml").contains("<script"));
    assertEquals("double-blind", call.getString("reviewMode"));
    assertTrue(
        OffsetDateTime.parse(call.getString("fullPaperDeadline"))
            .isAfter(OffsetDateTime.parse(call.getString("abstractDeadline"))));
    assertTrue(
        event.getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
            .anyMatch(t -> t.getString("name").equals("Security and defence")),
        event::toString);
    assertTrue(
        event.getJsonArray("presentationTypes").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                t -> t.getString("name").equals("Paper") && t.getInt("durationMinutes") == 20),
        event::toString);
  }

  @Test
  void draftsAndUnknownEventsAreNotFound() throws Exception {
    for (String slug : List.of("annual-conference-iv", "no-such-event")) {
      HttpResponse<String> answer = get("/api/v1/events/" + slug);
      assertEquals(404, answer.statusCode(), slug);
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertEquals(
          404, Json.createReader(new StringReader(answer.body())).readObject().getInt("status"));
    }
  }

  @Test
  void theOpenApiDescriptionIsValidAndDescribesWhatTheApiAnswers() throws Exception {
    HttpResponse<String> answer = get("/api/v1/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body());
    assertTrue(parsed.getMessages().isEmpty(), () -> "invalid OpenAPI: " + parsed.getMessages());
    OpenAPI api = parsed.getOpenAPI();
    assertTrue(api.getPaths().containsKey("/api/v1/events"), api.getPaths()::toString);
    assertTrue(api.getPaths().containsKey("/api/v1/events/{slug}"));
    assertTrue(api.getPaths().keySet().stream().noneMatch(p -> p.contains("faces")));
    for (String path :
        List.of(
            "/api/v1/events/{slug}/submissions",
            "/api/v1/events/{slug}/submissions/{id}/file",
            "/api/v1/submissions/{id}",
            "/api/v1/submissions/{id}/file",
            "/api/v1/submissions/{id}/submit",
            "/api/v1/submissions/{id}/withdraw")) {
      assertTrue(api.getPaths().containsKey(path), () -> path + " in " + api.getPaths().keySet());
    }
    var bearer = api.getComponents().getSecuritySchemes().get("bearer");
    assertNotNull(bearer, "the personal-token scheme is declared");
    assertEquals("bearer", bearer.getScheme());
    assertNotNull(
        api.getPaths().get("/api/v1/submissions/{id}").getGet().getSecurity(),
        "the submission endpoints name the scheme");
    for (String schema : List.of("Submission", "SubmissionRequest", "SubmissionPage", "Problem")) {
      assertTrue(api.getComponents().getSchemas().containsKey(schema), schema);
    }
    assertTrue(
        api.getComponents().getSchemas().get("Submission").getProperties().containsKey("abstract"),
        "the JSON name, not the Java one");

    // Every property the API sends is described, so clients generated from the description
    // see all of it (the description is generated from the same classes, this keeps it so).
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    List<String> undocumented = new ArrayList<>();
    JsonObject event =
        Json.createReader(new StringReader(get("/api/v1/events/20-months-after").body()))
            .readObject();
    collectUndocumented("Event", event, schemas, undocumented);
    JsonObject summary =
        Json.createReader(new StringReader(get("/api/v1/events").body()))
            .readArray()
            .getJsonObject(0);
    collectUndocumented("EventSummary", summary, schemas, undocumented);
    JsonObject programme =
        Json.createReader(new StringReader(get("/api/v1/events/20-months-after/programme").body()))
            .readObject();
    assertFalse(programme.getJsonArray("sessions").isEmpty(), "the demo's release has sessions");
    for (String schema :
        List.of(
            "PublishedProgramme", "ProgrammeSession", "ProgrammeContribution", "ProgrammeAuthor")) {
      assertTrue(schemas.containsKey(schema), schema);
    }
    assertEquals(
        "ProgrammeSession",
        referenced(
            ((Schema<?>) schemas.get("PublishedProgramme").getProperties().get("sessions"))
                .getItems()),
        "the sessions are described, so the walk below reaches every contribution");
    collectUndocumented("PublishedProgramme", programme, schemas, undocumented);
    assertTrue(undocumented.isEmpty(), () -> "not in the OpenAPI description: " + undocumented);
  }

  /**
   * What the recommended rules of an OpenAPI linter ask (docs/api.md): servers, and on every
   * operation a stable operationId and a security declaration, empty for the public ones. Read from
   * the JSON itself, where an empty {@code security} is not the same as none.
   */
  @Test
  void theOpenApiDescriptionFollowsTheLintersRecommendedRules() throws Exception {
    HttpResponse<String> answer = get("/api/v1/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject api = Json.createReader(new StringReader(answer.body())).readObject();
    JsonArray servers = api.getJsonArray("servers");
    assertNotNull(servers, "servers are declared");
    assertEquals(
        List.of("/"),
        servers.getValuesAs(JsonObject.class).stream().map(s -> s.getString("url")).toList());
    Set<String> schemes = api.getJsonObject("components").getJsonObject("securitySchemes").keySet();
    JsonArray globalSecurity = api.getJsonArray("security");
    List<String> problems = new ArrayList<>();
    Map<String, String> operationIds = new HashMap<>();
    Map<String, Boolean> publicOperations = new HashMap<>();
    for (var path : api.getJsonObject("paths").entrySet()) {
      for (var entry : path.getValue().asJsonObject().entrySet()) {
        if (!Set.of("get", "put", "post", "delete", "patch", "head", "options")
            .contains(entry.getKey())) {
          continue;
        }
        String operation = entry.getKey().toUpperCase() + " " + path.getKey();
        JsonObject described = entry.getValue().asJsonObject();
        String id = described.getString("operationId", operation);
        String earlier = operationIds.put(id, operation);
        if (!id.matches("[a-z][a-zA-Z0-9]*")) {
          problems.add(operation + ": no camelCase operationId");
        } else if (earlier != null) {
          problems.add(operation + ": operationId " + id + " also names " + earlier);
        }
        JsonArray security =
            described.containsKey("security") ? described.getJsonArray("security") : globalSecurity;
        if (security == null) {
          problems.add(operation + ": no security declared");
          continue;
        }
        for (JsonObject requirement : security.getValuesAs(JsonObject.class)) {
          for (String scheme : requirement.keySet()) {
            if (!schemes.contains(scheme)) {
              problems.add(operation + ": unknown security scheme " + scheme);
            }
          }
        }
        publicOperations.put(id, security.isEmpty());
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    // Only the catalogue and the programmes are public; everything else acts as a person.
    assertEquals(
        Map.ofEntries(
            Map.entry("listEvents", true),
            Map.entry("getEvent", true),
            Map.entry("getProgramme", true),
            Map.entry("createSubmission", false),
            Map.entry("attachSubmissionFile", false),
            Map.entry("listEventSubmissions", false),
            Map.entry("getSubmission", false),
            Map.entry("getSubmissionFile", false),
            Map.entry("getSubmissionFinalFile", false),
            Map.entry("getSubmissionDecision", false),
            Map.entry("submitSubmission", false),
            Map.entry("withdrawSubmission", false),
            Map.entry("registerForEvent", false),
            Map.entry("listRegistrations", false),
            Map.entry("cancelRegistration", false)),
        publicOperations);
  }

  @SuppressWarnings("rawtypes")
  private static void collectUndocumented(
      String schemaName, JsonObject json, Map<String, Schema> schemas, List<String> undocumented) {
    Schema schema = schemas.get(schemaName);
    if (schema == null) {
      undocumented.add("schema " + schemaName);
      return;
    }
    Set<?> described = schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
    for (var property : json.entrySet()) {
      if (!described.contains(property.getKey())) {
        undocumented.add(schemaName + "." + property.getKey());
        continue;
      }
      Schema<?> propertySchema = (Schema<?>) schema.getProperties().get(property.getKey());
      String ref = referenced(propertySchema);
      if (ref != null && property.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
        collectUndocumented(ref, property.getValue().asJsonObject(), schemas, undocumented);
      }
      if (property.getValue().getValueType() == JsonValue.ValueType.ARRAY
          && propertySchema.getItems() != null
          && referenced(propertySchema.getItems()) != null) {
        for (JsonValue item : property.getValue().asJsonArray()) {
          if (item.getValueType() == JsonValue.ValueType.OBJECT) {
            collectUndocumented(
                referenced(propertySchema.getItems()), item.asJsonObject(), schemas, undocumented);
          }
        }
      }
    }
  }

  private static String referenced(Schema<?> schema) {
    String ref = schema.get$ref();
    if (ref == null && schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      ref = schema.getAllOf().get(0).get$ref();
    }
    if (ref == null && schema.getAnyOf() != null) {
      ref =
          schema.getAnyOf().stream()
              .map(Schema::get$ref)
              .filter(r -> r != null)
              .findFirst()
              .orElse(null);
    }
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
