package org.colloquium.kernel.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.application.MailTemplates.RenderedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplatesTest {

  private static final Path SOURCES = Path.of("src/main/resources/mail-templates");
  private static final Pattern FILE = Pattern.compile("(.+)\\.([a-z]{2})\\.txt");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");

  private final MailTemplates templates = new MailTemplates();

  /** Template name to the languages it exists in, from the source folder. */
  private static Map<String, Set<String>> templateFiles() throws IOException {
    Map<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      files.forEach(
          file -> {
            Matcher m = FILE.matcher(file.getFileName().toString());
            assertTrue(m.matches(), "unexpected file in mail-templates: " + file.getFileName());
            found.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
          });
    }
    return found;
  }

  static Stream<Arguments> everyTemplateInEveryLanguage() throws IOException {
    return templateFiles().keySet().stream()
        .flatMap(name -> Stream.of(Language.values()).map(l -> Arguments.of(name, l)));
  }

  private static String source(String name, Language language) throws IOException {
    return Files.readString(
        SOURCES.resolve(name + "." + language.code() + ".txt"), StandardCharsets.UTF_8);
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** A distinct value per placeholder, so each can be found in the result. */
  private static Map<String, String> valuesFor(Set<String> names) {
    Map<String, String> values = new LinkedHashMap<>();
    names.forEach(n -> values.put(n, "«" + n + "-value»"));
    return values;
  }

  @Test
  void thereAreTemplatesToCheck() throws IOException {
    assertTrue(
        templateFiles().keySet().containsAll(Set.of("confirm-email", "reset-password")),
        templateFiles().toString());
  }

  @Test
  void everyTemplateExistsInEveryLanguage() throws IOException {
    Set<String> languages = new TreeSet<>();
    for (Language l : Language.values()) {
      languages.add(l.code());
    }
    templateFiles()
        .forEach((name, found) -> assertEquals(languages, found, "languages of template " + name));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("everyTemplateInEveryLanguage")
  void startsWithASubjectLine(String name, Language language) throws IOException {
    assertTrue(source(name, language).startsWith("Subject: "), name + "." + language.code());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("everyTemplateInEveryLanguage")
  void rendersWithEveryPlaceholderItUses(String name, Language language) throws IOException {
    Set<String> names = placeholders(source(name, language));
    assertFalse(names.isEmpty(), "no placeholders in " + name);
    Map<String, String> values = valuesFor(names);

    RenderedMail mail = templates.render(name, language, values);

    String all = mail.subject() + "\n" + mail.body();
    assertFalse(all.contains("{{"), all);
    assertFalse(all.contains("}}"), all);
    assertFalse(mail.subject().startsWith("Subject:"), mail.subject());
    assertFalse(mail.subject().isBlank());
    assertFalse(mail.subject().contains("\n"));
    assertFalse(mail.body().isBlank());
    assertFalse(mail.body().startsWith("\n"), "body keeps the blank line after the subject");
    for (String value : values.values()) {
      assertTrue(all.contains(value), value + " missing from " + name);
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("everyTemplateInEveryLanguage")
  void failsWhenAPlaceholderValueIsMissing(String name, Language language) throws IOException {
    Set<String> names = placeholders(source(name, language));
    for (String missing : names) {
      Map<String, String> values = new HashMap<>(valuesFor(names));
      values.remove(missing);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> templates.render(name, language, values));
      assertTrue(e.getMessage().contains("{{" + missing + "}}"), e.getMessage());
    }
  }

  @Test
  void valuesAreInsertedLiterallyAndNeverExpandedAgain() throws IOException {
    Map<String, String> values = valuesFor(placeholders(source("confirm-email", Language.EN)));
    values.put("recipientName", "{{siteName}} $1 \\0 ${x}");
    values.put("link", "https://colloquium.example/confirm-email?token=a$b\\c");

    RenderedMail mail = templates.render("confirm-email", Language.EN, values);

    assertTrue(mail.body().contains("Dear {{siteName}} $1 \\0 ${x},"), mail.body());
    assertTrue(mail.body().contains("https://colloquium.example/confirm-email?token=a$b\\c"));
  }

  @Test
  void englishConfirmationMailReadsAsExpected() {
    RenderedMail mail =
        templates.render(
            "confirm-email",
            Language.EN,
            Map.of(
                "siteName", "Colloquium",
                "siteUrl", "https://colloquium.example/",
                "recipientName", "Ana Popescu",
                "link", "https://colloquium.example/confirm-email?token=abc",
                "validHours", "48"));
    assertEquals("Confirm your email address for Colloquium", mail.subject());
    assertTrue(mail.body().startsWith("Dear Ana Popescu,\n"), mail.body());
    assertTrue(mail.body().contains("\nhttps://colloquium.example/confirm-email?token=abc\n"));
    assertTrue(mail.body().contains("for 48 hours"));
  }

  @Test
  void romanianTemplateKeepsItsDiacritics() throws IOException {
    Map<String, String> values = valuesFor(placeholders(source("account-exists", Language.RO)));
    values.put("siteName", "Colloquium");
    values.put("recipientName", "Ștefan Țăranu");

    RenderedMail mail = templates.render("account-exists", Language.RO, values);

    assertEquals(
        "Cineva a încercat să creeze un cont pe Colloquium cu adresa dumneavoastră",
        mail.subject());
    assertTrue(mail.body().startsWith("Bună ziua, Ștefan Țăranu,"), mail.body());
    assertTrue(mail.body().contains("așa că"), mail.body());
    assertTrue(mail.body().contains("Aveți deja un cont"), mail.body());
    assertFalse(mail.body().contains("\uFFFD"), "decoding replaced characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("romanianTemplates")
  void everyRomanianTemplateIsDecodedAsUtf8(String name) throws IOException {
    RenderedMail mail =
        templates.render(name, Language.RO, valuesFor(placeholders(source(name, Language.RO))));
    String all = mail.subject() + mail.body();
    assertTrue(all.matches("(?s).*[șțăîâ].*"), "no Romanian letters in " + name);
    assertFalse(all.contains("\uFFFD") || all.contains("Č") || all.contains("Ă˘"), all);
  }

  static Stream<String> romanianTemplates() throws IOException {
    return templateFiles().keySet().stream();
  }

  @Test
  void unknownTemplateIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> templates.render("no-such-template", Language.RO, Map.of()));
  }
}
