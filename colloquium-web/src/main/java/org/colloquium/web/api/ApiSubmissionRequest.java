package org.colloquium.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.SubmissionInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/events/{slug}/submissions}. Read by hand from JSON-P rather than
 * bound, so that a value of the wrong type gets a 400 naming the field instead of a parser's stack
 * message; the rules themselves (required, lengths, known track) are the service's, answered as
 * 422.
 */
@Schema(
    name = "SubmissionRequest",
    description =
        "A new submission. Only `title` is needed for a draft; `submit: true` hands it in at once"
            + " and then every rule of the call applies (a PDF, if the call requires one, is sent"
            + " afterwards with PUT …/file, then the draft is handed in with POST …/submit).")
public record ApiSubmissionRequest(
    @Schema(examples = "Energy security after 2022") String title,
    @JsonbProperty("abstract")
        @Schema(name = "abstract", description = "Markdown.", nullable = true)
        String abstractText,
    @Schema(nullable = true) List<String> keywords,
    @Schema(nullable = true, description = "Id of one of the event's tracks (GET the event).")
        Long trackId,
    @Schema(nullable = true, description = "Id of one of the event's presentation types.")
        Long presentationTypeId,
    @Schema(nullable = true, description = "ISO 639-1 code of the presentation's language.")
        String language,
    @Schema(description = "In order; the first is usually the submitter.")
        List<ApiSubmission.Author> authors,
    @Schema(description = "Hand it in now (true) or keep a draft (false, the default).")
        boolean submit) {

  /** A value of the wrong JSON type; answered as 400. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  public static SubmissionInput read(JsonObject json) {
    List<AuthorEntry> authors = new ArrayList<>();
    JsonArray authorList = array(json, "authors");
    for (int i = 0; authorList != null && i < authorList.size(); i++) {
      if (!(authorList.get(i) instanceof JsonObject a)) {
        throw new BadRequest("authors[" + i + "] must be an object");
      }
      String at = "authors[" + i + "].";
      authors.add(
          new AuthorEntry(
              string(a, "name", at),
              string(a, "email", at),
              string(a, "affiliation", at),
              string(a, "country", at),
              string(a, "orcid", at),
              bool(a, "presenting", at),
              bool(a, "mayEdit", at)));
    }
    List<String> keywords = new ArrayList<>();
    JsonArray keywordList = array(json, "keywords");
    for (int i = 0; keywordList != null && i < keywordList.size(); i++) {
      if (!(keywordList.get(i) instanceof JsonString k)) {
        throw new BadRequest("keywords[" + i + "] must be a string");
      }
      keywords.add(k.getString());
    }
    return new SubmissionInput(
        string(json, "title", ""),
        string(json, "abstract", ""),
        keywords,
        id(json, "trackId"),
        id(json, "presentationTypeId"),
        string(json, "language", ""),
        authors);
  }

  public static boolean submit(JsonObject json) {
    return bool(json, "submit", "");
  }

  private static String string(JsonObject o, String name, String at) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new BadRequest(at + name + " must be a string");
  }

  private static boolean bool(JsonObject o, String name, String at) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
      return false;
    }
    if (v == JsonValue.TRUE) {
      return true;
    }
    throw new BadRequest(at + name + " must be true or false");
  }

  private static Long id(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    throw new BadRequest(name + " must be a whole number");
  }

  private static JsonArray array(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonArray a) {
      return a;
    }
    throw new BadRequest(name + " must be an array");
  }
}
