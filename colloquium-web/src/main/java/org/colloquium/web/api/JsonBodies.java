package org.colloquium.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the API reads a JSON body: at most 1 MB of it (413 beyond; an abstract is a few thousand
 * characters), and a body JSON-B cannot bind answers 400 naming the field, never the parser's
 * words. Bodies of other types (the PDF of {@code PUT …/file}) pass untouched.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  static final int MAX_JSON_BYTES = 1_048_576;

  static final String NOT_AN_OBJECT = "The body is not a JSON object.";

  /** Yasson names the property it failed on only in its message, one level of nesting each. */
  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']*)'");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
    if (body.length > MAX_JSON_BYTES) {
      throw ApiProblems.refusal(413, "Payload too large", "The body is larger than 1 MB.");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (ProcessingException | JsonbException e) {
      throw ApiProblems.refusal(400, "Bad request", detail(e));
    }
  }

  /** {@code title: expected a string}, or that the body is no JSON object at all. */
  static String detail(Throwable failure) {
    List<String> path = new ArrayList<>();
    String expected = "not of the type described";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonException) {
        return NOT_AN_OBJECT;
      }
      Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (property.lookingAt()) {
        path.add(property.group(1));
      }
      if (t instanceof SharedJsonb.WrongType wrong) {
        expected = wrong.getMessage();
      }
    }
    return path.isEmpty() ? NOT_AN_OBJECT : String.join(".", path) + ": " + expected;
  }
}
