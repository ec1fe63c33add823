package org.colloquium.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquium.events.api.AttachmentKind;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.api.MediaKind;
import org.colloquium.events.api.NewsState;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.account.api.ConfirmationResult;
import org.colloquium.kernel.apitoken.api.ApiTokenLifetime;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.mail.api.MailState;
import org.colloquium.programme.api.DraftState;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.UndoKind;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.GuestRegistering;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.api.RegistrationWindow;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.api.ConflictKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.DashboardFilter;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.OtherReviews;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.ReviewProgress;
import org.colloquium.reviews.api.RunState;
import org.colloquium.reviews.api.ShortReason;
import org.colloquium.submissions.api.SubmissionState;
import org.junit.jupiter.api.Test;

/**
 * The English and Romanian texts of every module against each other and against every place that
 * names a key: the views, the modules' problems and the backing beans' feedback. Every module keeps
 * its texts in {@code src/main/resources/colloquium/i18n/messages*.properties}; the modules are
 * found by walking the project, so a new one is checked without being named here.
 */
class MessagesBundleTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String BUNDLE_FILES = "src/main/resources/colloquium/i18n";
  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** Every module's folder of texts, e.g. {@code colloquium-events/src/main/resources/…/i18n}. */
  private static final List<Path> BUNDLES = modules(BUNDLE_FILES);

  /** Every module's Java sources. */
  private static final List<Path> JAVA_SOURCES = modules("src/main/java");

  private static List<Path> modules(String inside) {
    try (Stream<Path> children = Files.list(PROJECT)) {
      return children
          .filter(d -> d.getFileName().toString().startsWith("colloquium-"))
          .map(d -> d.resolve(inside))
          .filter(Files::isDirectory)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Keys built in views as msg['prefix' += value], and the enum whose constants complete them. */
  private static final Map<String, Class<? extends Enum<?>>> COMPUTED_PREFIXES =
      Map.ofEntries(
          Map.entry("attendance.", AttendanceMode.class),
          Map.entry("registrationForm.kind.", org.colloquium.registration.api.FieldKind.class),
          Map.entry("attendance.long.", AttendanceMode.class),
          Map.entry("status.", EventStatus.class),
          Map.entry("role.", EventRole.class),
          Map.entry("mailState.", MailState.class),
          Map.entry("confirmEmail.", ConfirmationResult.class),
          Map.entry("resetPassword.", ConfirmationResult.class),
          Map.entry("materials.kind.", AttachmentKind.class),
          Map.entry("materials.media.", MediaKind.class),
          Map.entry("news.state.", NewsState.class),
          Map.entry("submissions.state.", SubmissionState.class),
          Map.entry("apiToken.scope.", ApiTokenScope.class),
          Map.entry("apiToken.lifetime.", ApiTokenLifetime.class),
          Map.entry("reviews.phase.", PhaseKind.class),
          Map.entry("reviewMode.", ReviewMode.class),
          Map.entry("review.progress.", ReviewProgress.class),
          Map.entry("reviews.bid.", Bid.class),
          Map.entry("reviews.others.", OtherReviews.class),
          Map.entry("reviews.visibility.", FieldVisibility.class),
          Map.entry("manage.assignment.state.", RunState.class),
          Map.entry("manage.assignment.short.", ShortReason.class),
          Map.entry("reviews.conflictKind.", ConflictKind.class),
          Map.entry("reviews.outcome.", Outcome.class),
          Map.entry("submission.decision.", Outcome.class),
          Map.entry("manage.decisions.show.", DashboardFilter.Show.class),
          Map.entry("manage.decisions.sort.", DashboardFilter.Sort.class),
          Map.entry("manage.reviewForm.role.", CriterionRole.class),
          Map.entry("programme.kind.", SessionKind.class),
          Map.entry("programme.warning.", WarningKind.class),
          Map.entry("programme.warningKind.", WarningKind.class),
          Map.entry("programme.undo.", UndoKind.class),
          Map.entry("programme.severity.", Severity.class),
          Map.entry("programme.roomMode.", RoomMode.class),
          Map.entry("programme.draftState.", DraftState.class),
          Map.entry("registration.state.", RegistrationState.class),
          Map.entry("registration.confirm.", GuestRegistering.Outcome.class),
          Map.entry("checkIn.outcome.", org.colloquium.registration.api.CheckIn.Outcome.class),
          Map.entry("registration.stateShort.", RegistrationState.class),
          Map.entry("registration.mode.", ParticipationMode.class),
          Map.entry(
              "registration.certificate.kind.",
              org.colloquium.registration.api.CertificateKind.class),
          Map.entry(
              "registration.detail.by.", org.colloquium.registration.api.RegistrantDetail.By.class),
          Map.entry("registration.detail.language.", org.colloquium.kernel.i18n.Language.class),
          Map.entry("registration.status.", AcademicStatus.class),
          Map.entry("registration.moderation.", Moderation.class),
          Map.entry("registration.moderated.", Moderation.class),
          Map.entry("registration.places.open.", ParticipationMode.class),
          Map.entry("registration.places.left.", ParticipationMode.class),
          Map.entry("registration.places.full.", ParticipationMode.class),
          Map.entry("registration.window.", RegistrationWindow.class),
          Map.entry("registration.participantList.", ParticipantList.class),
          Map.entry("registration.participants.lead.", ParticipantList.class));

  private static final Pattern ANY_MSG = Pattern.compile("msg\\[");
  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\[\\s*'([^']+)'\\s*]");
  private static final Pattern COMPUTED_KEY = Pattern.compile("msg\\[\\s*'([^']*)'\\s*\\+=");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ARGUMENT_INDEX = Pattern.compile("\\{(\\d+)[,}]");

  private static final String ENGLISH = "messages.properties";
  private static final String ROMANIAN = "messages_ro.properties";

  /** Every module's texts together, as the merged bundle shows them. */
  private static final Properties EN = loadAll(ENGLISH);

  private static final Properties RO = loadAll(ROMANIAN);

  private static Properties loadAll(String file) {
    Properties all = new Properties();
    BUNDLES.forEach(folder -> all.putAll(load(folder.resolve(file))));
    return all;
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
    return properties;
  }

  @Test
  void everyModuleWithTextsWasFound() {
    List<String> names =
        BUNDLES.stream().map(b -> PROJECT.relativize(b).getName(0).toString()).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "colloquium-events",
                "colloquium-kernel",
                "colloquium-submissions",
                "colloquium-web")),
        names.toString());
  }

  /**
   * Every module's texts that this test's class path holds (the web's dependencies; in the EAR the
   * bundle merges every jar's, a module the web does not use included).
   */
  private static List<Path> bundlesOnTheClassPath() {
    List<String> found = new ArrayList<>();
    try {
      var urls =
          Messages.class
              .getClassLoader()
              .getResources(BUNDLE_FILES.substring("src/main/resources/".length()) + "/" + ENGLISH);
      while (urls.hasMoreElements()) {
        found.add(urls.nextElement().toString());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return BUNDLES.stream()
        .filter(
            folder -> {
              String module = PROJECT.relativize(folder).getName(0).toString();
              return found.stream()
                  .anyMatch(
                      url -> url.contains("/" + module + "/") || url.contains("/" + module + "-"));
            })
        .toList();
  }

  @Test
  void theMergedBundleHasEveryModulesTextsInBothLanguages() {
    List<Path> merged = bundlesOnTheClassPath();
    assertTrue(merged.size() >= 4, "kernel, events, submissions and web: " + merged);
    for (Path folder : merged) {
      Properties en = load(folder.resolve(ENGLISH));
      Properties ro = load(folder.resolve(ROMANIAN));
      String key = en.stringPropertyNames().iterator().next();
      assertEquals(
          en.getProperty(key),
          ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", Locale.ENGLISH)
              .getString(key),
          folder.toString());
      assertEquals(
          ro.getProperty(key),
          ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", new Locale("ro"))
              .getString(key),
          folder.toString());
    }
  }

  private static Set<String> keys(Properties p) {
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static String message(String what, Map<String, ? extends Iterable<String>> missing) {
    StringBuilder text = new StringBuilder(what);
    missing.forEach((where, keys) -> text.append("\n  ").append(where).append(": ").append(keys));
    return text.toString();
  }

  @Test
  void bothLanguagesHaveTheSameKeysInEveryModule() {
    for (Path folder : BUNDLES) {
      Properties en = load(folder.resolve(ENGLISH));
      Properties ro = load(folder.resolve(ROMANIAN));
      Set<String> onlyEnglish = keys(en);
      onlyEnglish.removeAll(keys(ro));
      Set<String> onlyRomanian = keys(ro);
      onlyRomanian.removeAll(keys(en));
      assertTrue(
          onlyEnglish.isEmpty() && onlyRomanian.isEmpty(),
          folder
              + ": missing from "
              + ROMANIAN
              + ": "
              + onlyEnglish
              + "; missing from "
              + ENGLISH
              + ": "
              + onlyRomanian);
    }
    assertTrue(keys(EN).size() > 100, "bundles not read: " + keys(EN).size() + " keys");
  }

  @Test
  void noValueIsBlank() {
    List<String> blank = new ArrayList<>();
    for (var bundle : Map.of("en", EN, "ro", RO).entrySet()) {
      for (String key : bundle.getValue().stringPropertyNames()) {
        if (bundle.getValue().getProperty(key).isBlank()) {
          blank.add(bundle.getKey() + ":" + key);
        }
      }
    }
    assertEquals(List.of(), blank, "blank messages");
  }

  /** Twice in one file, or in two modules: the merged bundle would show only one of them. */
  @Test
  void noKeyIsDefinedTwice() throws IOException {
    for (String file : List.of(ENGLISH, ROMANIAN)) {
      Set<String> seen = new HashSet<>();
      List<String> twice = new ArrayList<>();
      for (Path folder : BUNDLES) {
        for (String line : Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8)) {
          String s = line.strip();
          if (s.isEmpty() || s.startsWith("#") || s.startsWith("!") || !s.contains("=")) {
            continue;
          }
          String key = s.substring(0, s.indexOf('=')).strip();
          if (!seen.add(key)) {
            twice.add(PROJECT.relativize(folder).getName(0) + ": " + key);
          }
        }
      }
      assertEquals(List.of(), twice, "defined twice in " + file);
    }
  }

  @Test
  void translationsTakeTheSameArguments() {
    Map<String, String> different = new TreeMap<>();
    for (String key : keys(EN)) {
      Set<String> en = argumentIndexes(EN.getProperty(key));
      Set<String> ro = argumentIndexes(RO.getProperty(key, ""));
      if (!en.equals(ro)) {
        different.put(key, "en " + en + " ro " + ro);
      }
      if (!en.isEmpty()) {
        new MessageFormat(EN.getProperty(key), Locale.ENGLISH); // throws if malformed
        new MessageFormat(RO.getProperty(key), Locale.forLanguageTag("ro"));
      }
    }
    assertEquals(Map.of(), different);
  }

  /**
   * A text with arguments is a MessageFormat pattern, where a single apostrophe starts a quote and
   * disappears ("the reviewers' pools" would read "the reviewers pools"): write it twice.
   */
  @Test
  void apostrophesInTextsWithArgumentsAreDoubled() {
    Map<String, String> single = new TreeMap<>();
    for (var bundle : Map.of("en", EN, "ro", RO).entrySet()) {
      for (String key : keys(bundle.getValue())) {
        String text = bundle.getValue().getProperty(key);
        if (!argumentIndexes(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
          single.put(bundle.getKey() + ":" + key, text);
        }
      }
    }
    assertEquals(Map.of(), single);
  }

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Set<String> argumentIndexes(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT_INDEX.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void mailNumbersAreWrittenWithoutDigitGrouping() {
    for (String key : List.of("outbox.resent", "outbox.notResendable")) {
      String en =
          new MessageFormat(EN.getProperty(key), Locale.ENGLISH).format(new Object[] {1234L});
      String ro =
          new MessageFormat(RO.getProperty(key), Locale.forLanguageTag("ro"))
              .format(new Object[] {1234L});
      assertTrue(en.contains(" 1234 "), en);
      assertTrue(ro.contains(" 1234 "), ro);
    }
  }

  // Keys named in views

  private static Map<Path, String> views() throws IOException {
    Map<Path, String> views = new TreeMap<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        views.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(views.size() > 10, "views not found under " + WEBAPP.toAbsolutePath());
    return views;
  }

  @Test
  void everyKeyNamedInAViewExists() throws IOException {
    Map<String, Set<String>> missing = new TreeMap<>();
    int found = 0;
    for (var view : views().entrySet()) {
      Matcher m = LITERAL_KEY.matcher(view.getValue());
      while (m.find()) {
        found++;
        if (!EN.containsKey(m.group(1))) {
          missing.computeIfAbsent(view.getKey().toString(), k -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    assertTrue(found > 50, "only " + found + " keys found in views");
    assertTrue(missing.isEmpty(), message("keys used in views but not in the bundle:", missing));
  }

  @Test
  void everyMessageLookupInAViewIsUnderstoodByThisTest() throws IOException {
    List<String> unknown = new ArrayList<>();
    for (var view : views().entrySet()) {
      String text = view.getValue();
      Matcher any = ANY_MSG.matcher(text);
      while (any.find()) {
        String rest = text.substring(any.start());
        Matcher literal = LITERAL_KEY.matcher(rest);
        Matcher computed = COMPUTED_KEY.matcher(rest);
        boolean understood =
            (literal.lookingAt())
                || (computed.lookingAt() && COMPUTED_PREFIXES.containsKey(computed.group(1)));
        if (!understood) {
          unknown.add(view.getKey() + ": " + rest.substring(0, Math.min(60, rest.length())));
        }
      }
    }
    assertEquals(
        List.of(),
        unknown,
        "message keys built in a way this test cannot check; add the prefix to COMPUTED_PREFIXES");
  }

  /**
   * A text with arguments goes through MessageFormat, where a single apostrophe starts a quoted
   * part and vanishes with what follows ("the organisers' {0}" loses the rest): it must be doubled.
   */
  @Test
  void textsWithArgumentsDoubleTheirApostrophes() {
    List<String> wrong = new ArrayList<>();
    for (Properties texts : List.of(EN, RO)) {
      texts.forEach(
          (key, value) -> {
            String text = (String) value;
            if (ARGUMENT_INDEX.matcher(text).find() && text.replace("''", "").contains("'")) {
              wrong.add(key + "=" + text);
            }
          });
    }
    assertEquals(List.of(), wrong, "single apostrophes in texts with arguments");
  }

  @Test
  void everyComputedKeyExistsForEveryEnumConstant() throws IOException {
    Set<String> prefixesInViews = new TreeSet<>();
    for (String text : views().values()) {
      Matcher m = COMPUTED_KEY.matcher(text);
      while (m.find()) {
        prefixesInViews.add(m.group(1));
      }
    }
    assertTrue(
        prefixesInViews.containsAll(Set.of("status.", "role.", "mailState.")),
        prefixesInViews.toString());

    Set<String> missing = new TreeSet<>();
    COMPUTED_PREFIXES.forEach(
        (prefix, type) -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            String key = prefix + constant.name();
            if (!EN.containsKey(key)) {
              missing.add(key);
            }
          }
        });
    assertEquals(Set.of(), missing, "enum constants without a message");
  }

  // Keys named in Java code

  /** A method call whose argument number {@code index} is a message key. */
  private record KeyCall(Pattern call, int index) {}

  private static final List<KeyCall> KEY_CALLS =
      List.of(
          new KeyCall(Pattern.compile("\\bProblem\\.of\\s*\\("), 1),
          new KeyCall(Pattern.compile("\\bnew\\s+Problem\\s*\\("), 1),
          new KeyCall(Pattern.compile("\\bProblem\\.global\\s*\\("), 0),
          new KeyCall(Pattern.compile("\\bnew\\s+ConflictException\\s*\\("), 0),
          new KeyCall(
              Pattern.compile("\\bMessages\\.add(Flash)?Global(Info|Warn|Error|Fatal)\\s*\\("), 0));

  /**
   * Files that pass on a key chosen elsewhere, which is checked there instead.
   * DefaultSubmissionTriage shows the key of DuplicateRule.whyNot (the test below);
   * PageExceptionHandler shows a ConflictException's, a literal where it is thrown (above).
   */
  private static final Set<String> PASSED_ON =
      Set.of("DefaultSubmissionTriage.java", "PageExceptionHandler.java");

  @Test
  void everyKeyADuplicateRuleChoosesExists() throws IOException {
    Path rule =
        PROJECT.resolve(
            "colloquium-submissions/src/main/java/org/colloquium/submissions/domain/DuplicateRule.java");
    Matcher m = STRING_LITERAL.matcher(Files.readString(rule, StandardCharsets.UTF_8));
    Set<String> keys = new TreeSet<>();
    while (m.find()) {
      if (m.group(1).startsWith("submission.duplicate.")) {
        keys.add(m.group(1));
      }
    }
    assertTrue(keys.size() >= 3, keys.toString());
    keys.removeIf(EN::containsKey);
    assertEquals(Set.of(), keys, "keys of DuplicateRule without a message");
  }

  /** Message keys with the file they are named in. */
  private static Map<String, Set<String>> keysInJava() throws IOException {
    Map<String, Set<String>> keys = new TreeMap<>();
    List<String> notLiteral = new ArrayList<>();
    for (Path root : JAVA_SOURCES) {
      assertTrue(Files.isDirectory(root), "no sources at " + root.toAbsolutePath());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files =
            walk.filter(f -> f.toString().endsWith(".java"))
                // Problem itself passes its parameter on: not a use of a key.
                .filter(f -> !f.endsWith(Path.of("org/colloquium/kernel/validation/Problem.java")))
                .toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (KeyCall keyCall : KEY_CALLS) {
          Matcher m = keyCall.call().matcher(source);
          while (m.find()) {
            List<String> arguments = arguments(source, m.end());
            String argument =
                keyCall.index() < arguments.size() ? arguments.get(keyCall.index()) : "";
            Matcher literal = STRING_LITERAL.matcher(argument);
            boolean any = false;
            while (literal.find()) {
              any = true;
              if (literal.group(1).endsWith(".")) {
                continue; // a prefix completed elsewhere (PdfRefusal.messageKey): tested apart
              }
              keys.computeIfAbsent(literal.group(1), k -> new TreeSet<>())
                  .add(file.getFileName().toString());
            }
            if (!any && !PASSED_ON.contains(file.getFileName().toString())) {
              notLiteral.add(file.getFileName() + ": " + m.group() + " " + arguments);
            }
          }
        }
      }
    }
    assertEquals(List.of(), notLiteral, "message keys that are not string literals");
    return keys;
  }

  /** The top-level arguments of the call whose "(" ends just before {@code start}. */
  private static List<String> arguments(String source, int start) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(source, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          if (!current.toString().isBlank()) {
            arguments.add(current.toString().strip());
          }
          return arguments;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    throw new AssertionError("unbalanced call at " + start);
  }

  @Test
  void findsTheKeysOfDomainProblemsAndFeedback() throws IOException {
    Set<String> found = keysInJava().keySet();
    for (String expected :
        List.of(
            "password.tooShort",
            "profile.orcid.invalid",
            "event.end.beforeStart",
            "account.email.required", // both branches of a conditional
            "account.email.invalid",
            "account.reset.linkInvalid", // Problem.global
            "password.mismatch", // web module
            "outbox.resent", // Messages.addGlobalInfo
            "signIn.throttled")) { // Messages.addGlobalError
      assertTrue(found.contains(expected), expected + " not found; found " + found);
    }
  }

  @Test
  void everyRefusalOfASubmissionsPdfHasAMessage() {
    // Submitting builds these keys from the reason (PdfRefusal.messageKey), not as literals.
    Set<String> missing = new TreeSet<>();
    for (PdfRefusal reason : PdfRefusal.values()) {
      String key = reason.messageKey("submission.pdf.");
      if (!EN.containsKey(key)) {
        missing.add(key);
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyKeyNamedInJavaCodeExists() throws IOException {
    Map<String, Set<String>> missing = new TreeMap<>();
    keysInJava()
        .forEach(
            (key, files) -> {
              if (!EN.containsKey(key)) {
                missing.put(key, files);
              }
            });
    assertTrue(missing.isEmpty(), message("keys used in Java but not in the bundle:", missing));
  }
}
