package org.colloquium.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * One JSON-B context for the whole API. Without a resolver, RESTEasy builds a new context for every
 * body it reads or writes and closes it afterwards, so Yasson inspects the API's classes again on
 * every request; the deadline rush (docs/performance.md) found that to be the largest single cost
 * of an API request. A context is thread-safe.
 *
 * <p>Answers are written with JSON-B's defaults (absent values left out). Request bodies are read
 * strictly: Yasson on its own takes {@code 42} for a title, {@code "7"} for an id and {@code 1} for
 * {@code false}, where a client has surely made a mistake it should hear of ({@link JsonBodies}
 * answers 400 naming the field). A JSON null stands for "not given", false for a flag.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig().withDeserializers(new Strings(), new WholeNumbers(), new Flags()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** A value of another JSON type than the field's; the message says which type was expected. */
  static final class WrongType extends JsonbException {
    private static final long serialVersionUID = 1L;

    WrongType(String expected) {
      super(expected);
    }
  }

  // Yasson 3.0 does not tell a deserializer which event it stands on (currentEvent() is not
  // implemented for it), so each reads the value as a JSON-P value to see its type.

  /** Strings only. */
  public static final class Strings implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value instanceof JsonString string) {
        return string.getString();
      }
      if (value == JsonValue.NULL) {
        return null;
      }
      throw new WrongType("expected a string");
    }
  }

  /** Whole numbers only (ids). */
  public static final class WholeNumbers implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value instanceof JsonNumber number && number.isIntegral()) {
        return number.longValue();
      }
      if (value == JsonValue.NULL) {
        return null;
      }
      throw new WrongType("expected a whole number");
    }
  }

  /** true or false; null is false. */
  public static final class Flags implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.TRUE) {
        return true;
      }
      if (value == JsonValue.FALSE || value == JsonValue.NULL) {
        return false;
      }
      throw new WrongType("expected true or false");
    }
  }
}
