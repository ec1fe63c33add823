package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.kernel.i18n.Language;

/**
 * Mail texts kept as resources: {@code mail-templates/<name>.<language>.txt} in any module's jar.
 * The first line is {@code Subject: …}, then a blank line, then the body. {@code {{key}}} is
 * replaced by the value given; values are inserted literally (never evaluated), and a template that
 * names a key nobody gave fails loudly rather than mailing "{{link}}" to a person.
 */
@ApplicationScoped
public class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");

  public record RenderedMail(String subject, String body) {}

  public RenderedMail render(String name, Language language, Map<String, String> values) {
    String source = load(name, language);
    int firstBreak = source.indexOf('\n');
    String firstLine = firstBreak < 0 ? source : source.substring(0, firstBreak);
    if (!firstLine.startsWith("Subject: ")) {
      throw new IllegalStateException("mail template " + name + " does not start with 'Subject: '");
    }
    String subject = fill(firstLine.substring("Subject: ".length()).strip(), values, name);
    String body = fill(source.substring(firstBreak + 1).stripLeading(), values, name);
    return new RenderedMail(subject, body);
  }

  private static String fill(String text, Map<String, String> values, String name) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "mail template " + name + " needs a value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String load(String name, Language language) {
    ClassLoader loader = MailTemplates.class.getClassLoader();
    for (Language candidate : new Language[] {language, Language.fallback()}) {
      String path = "mail-templates/" + name + "." + candidate.code() + ".txt";
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalArgumentException("no mail template " + name);
  }
}
