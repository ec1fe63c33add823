package org.colloquium.registration.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.colloquium.registration.api.FormAnswers;

/**
 * Answers to the organisers' questions as one JSON text, for a visitor's request waiting for its
 * address to be confirmed: {@code {"values": {"<field id>": "…"}, "choices": [<choice id>, …]}}.
 */
public final class FormAnswersJson {

  private FormAnswersJson() {}

  public static String write(FormAnswers answers) {
    if (answers == null || (answers.values().isEmpty() && answers.choices().isEmpty())) {
      return null;
    }
    JsonObjectBuilder values = Json.createObjectBuilder();
    answers.values().forEach((id, value) -> values.add(String.valueOf(id), value));
    JsonArrayBuilder choices = Json.createArrayBuilder();
    answers.choices().forEach(choices::add);
    return Json.createObjectBuilder()
        .add("values", values)
        .add("choices", choices)
        .build()
        .toString();
  }

  /** The answers written by {@link #write}; none for null or a text it did not write. */
  public static FormAnswers read(String json) {
    if (json == null || json.isBlank()) {
      return FormAnswers.NONE;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<Long, String> values = new HashMap<>();
      for (Map.Entry<String, JsonValue> e : object.getJsonObject("values").entrySet()) {
        if (e.getValue() instanceof JsonString text) {
          values.put(Long.valueOf(e.getKey()), text.getString());
        }
      }
      Set<Long> choices = new HashSet<>();
      for (JsonValue v : object.getJsonArray("choices")) {
        if (v instanceof JsonNumber n) {
          choices.add(n.longValue());
        }
      }
      return new FormAnswers(values, choices);
    } catch (RuntimeException e) {
      return FormAnswers.NONE;
    }
  }
}
