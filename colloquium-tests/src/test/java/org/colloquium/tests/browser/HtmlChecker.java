package org.colloquium.tests.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The Nu Html Checker (vnu, {@code nu.validator:validator}) in this JVM, on one page's HTML. It is
 * a test dependency of the browser profile only, so it is loaded by name: the test sources still
 * compile, and the other suites run, without it.
 */
final class HtmlChecker {

  private static final String VALIDATOR = "nu.validator.client.EmbeddedValidator";

  /** Message types that make a document invalid; "info" (warnings included) does not. */
  private static final Set<String> ERRORS = Set.of("error", "non-document-error");

  private static Object validator;
  private static Method validate;

  private HtmlChecker() {}

  /** Whether the checker is on the classpath (with -Pbrowser). */
  static boolean available() {
    try {
      Class.forName(VALIDATOR);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The checker's errors in this document, one line each with its place and the markup around it;
   * empty if the document is valid HTML. Warnings are not errors.
   */
  static synchronized List<String> errors(String html) {
    String json;
    try {
      json =
          (String)
              validator()
                  .invoke(
                      validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the Nu Html Checker failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot run the Nu Html Checker", e);
    }
    return Json.createReader(new StringReader(json))
        .readObject()
        .getJsonArray("messages")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(message -> ERRORS.contains(message.getString("type", "")))
        .map(HtmlChecker::describe)
        .toList();
  }

  private static String describe(JsonObject message) {
    String place =
        message.containsKey("lastLine")
            ? "line "
                + message.getInt("lastLine")
                + ", column "
                + message.getInt("firstColumn", message.getInt("lastColumn", 0))
                + ": "
            : "";
    String extract = message.getString("extract", "");
    return place
        + message.getString("message", "")
        + (extract.isEmpty() ? "" : " [" + extract.replace('\n', ' ') + "]");
  }

  /** EmbeddedValidator#validate(InputStream), the checker set up once for JSON output. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Method validator() throws ReflectiveOperationException {
    if (validate == null) {
      Class<?> type;
      try {
        type = Class.forName(VALIDATOR);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "the Nu Html Checker (nu.validator:validator) is on the test classpath only with"
                + " -Pbrowser",
            e);
      }
      Object instance = type.getConstructor().newInstance();
      Class<? extends Enum> format =
          (Class<? extends Enum>) Class.forName(VALIDATOR + "$OutputFormat");
      type.getMethod("setOutputFormat", format).invoke(instance, Enum.valueOf(format, "JSON"));
      validator = instance;
      validate = type.getMethod("validate", InputStream.class);
    }
    return validate;
  }
}
