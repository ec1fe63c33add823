package org.colloquium.kernel.mail.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the secrets of single-use links out of a mail's stored text. Every {@code token=} query
 * parameter in a mail (the confirmation, password-reset and invitation links, and any future link
 * that carries a token) is a secret: whoever reads it can confirm an address, take over an account
 * or join a committee. When a mail is written to the outbox, each such value is replaced by a
 * random placeholder ({@link #seal}); the values go into a separate column that is cleared once the
 * mail is sent, and they are put back only in memory, just before the mail goes out ({@link
 * #unseal}). So the stored body, the administrators' outbox page and the log never show a working
 * link, and a copy of the database shows none once the mails are out.
 */
public final class MailSecrets {

  /** A link's secret: the value of a {@code token} query parameter, up to the next & or space. */
  private static final Pattern SECRET = Pattern.compile("([?&]token=)([^\\s&]+)");

  private static final Pattern PLACEHOLDER = Pattern.compile("clq-secret-[0-9a-f]{32}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private MailSecrets() {}

  /** A text with its secrets replaced by placeholders, and the secrets by placeholder. */
  public record Sealed(String text, Map<String, String> secrets) {
    /** The secrets as stored: one {@code placeholder=value} a line; null when there are none. */
    public String stored() {
      if (secrets.isEmpty()) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      secrets.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
      return out.toString();
    }
  }

  public static Sealed seal(String text) {
    Map<String, String> secrets = new LinkedHashMap<>();
    Matcher m = SECRET.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      String placeholder = "clq-secret-" + HexFormat.of().formatHex(bytes);
      secrets.put(placeholder, m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + placeholder));
    }
    m.appendTail(out);
    return new Sealed(out.toString(), secrets);
  }

  /**
   * The text as it is sent: each placeholder replaced by its secret. A placeholder whose secret is
   * gone (the mail was sent, or its secrets were purged) stays a placeholder: the link no longer
   * works, which is what a link that old should do anyway.
   */
  public static String unseal(String text, String stored) {
    if (stored == null || stored.isEmpty()) {
      return text;
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String line : stored.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        secrets.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String secret = secrets.get(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(secret == null ? m.group() : secret));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A text for people who must not get the links (administrators, the log): every link's secret, or
   * its placeholder, shown as an ellipsis.
   */
  public static String mask(String text) {
    return SECRET.matcher(text).replaceAll("$1…");
  }
}
