package org.colloquium.web.manage.submissions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionState;

/**
 * The organisers' table filter as it travels in the address ({@code ?state=&track=&type=&language=
 * &country=&q=}), so that a filtered view can be bookmarked and the downloads take the same filter.
 * Values that make no sense (an unknown state, a track that is not a number) are ignored.
 */
final class SubmissionFilters {

  static final String[] NAMES = {"state", "track", "type", "language", "country", "q"};

  private SubmissionFilters() {}

  static SubmissionFilter from(Function<String, String> parameter) {
    return new SubmissionFilter(
        state(parameter.apply("state")),
        number(parameter.apply("track")),
        number(parameter.apply("type")),
        blankToNull(parameter.apply("language")),
        blankToNull(parameter.apply("country")),
        blankToNull(parameter.apply("q")));
  }

  /** The query string of a filter ("" when nothing filters), with its leading "?". */
  static String query(Function<String, String> parameter) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = blankToNull(parameter.apply(name));
      if (value != null) {
        values.put(name, value);
      }
    }
    return values.isEmpty()
        ? ""
        : "?"
            + values.entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
  }

  private static SubmissionState state(String value) {
    if (value == null) {
      return null;
    }
    try {
      SubmissionState state = SubmissionState.valueOf(value.strip());
      // Drafts are never listed; asking for them shows everything else rather than an error.
      return state == SubmissionState.DRAFT ? null : state;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
