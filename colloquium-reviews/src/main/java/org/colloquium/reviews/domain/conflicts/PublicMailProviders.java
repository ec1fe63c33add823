package org.colloquium.reviews.domain.conflicts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mail providers anyone can sign up with: two people with addresses there share nothing but the
 * provider, so the same domain is no conflict of interest. The list holds the providers academics
 * of the seed centre's region (Romania, the Republic of Moldova, Ukraine, the EU) and their
 * colleagues worldwide use; a provider family matches in every country ({@code yahoo.*}).
 */
public final class PublicMailProviders {

  /** Whole domains. */
  private static final Set<String> DOMAINS =
      Set.copyOf(
          List.of(
              "gmail.com",
              "googlemail.com",
              "msn.com",
              "icloud.com",
              "me.com",
              "mac.com",
              "aol.com",
              "proton.me",
              "pm.me",
              "protonmail.com",
              "protonmail.ch",
              "tutanota.com",
              "tuta.io",
              "zoho.com",
              "mail.com",
              "email.com",
              "usa.com",
              "inbox.com",
              "fastmail.com",
              "fastmail.fm",
              "hey.com",
              "gmx.net",
              "gmx.de",
              "gmx.at",
              "gmx.ch",
              "gmx.com",
              "web.de",
              "t-online.de",
              "freenet.de",
              "posteo.de",
              "mailbox.org",
              "orange.fr",
              "wanadoo.fr",
              "free.fr",
              "laposte.net",
              "sfr.fr",
              "libero.it",
              "virgilio.it",
              "tiscali.it",
              "seznam.cz",
              "centrum.cz",
              "wp.pl",
              "o2.pl",
              "onet.pl",
              "interia.pl",
              "abv.bg",
              "mail.bg",
              "freemail.hu",
              "citromail.hu",
              "mail.ru",
              "inbox.ru",
              "list.ru",
              "bk.ru",
              "rambler.ru",
              "ukr.net",
              "i.ua",
              "meta.ua",
              "bigmir.net",
              "mail.md",
              "rambler.md",
              "qq.com",
              "163.com",
              "126.com",
              "sina.com",
              "yeah.net",
              "naver.com",
              "daum.net",
              "rediffmail.com",
              "rocketmail.com",
              "ymail.com",
              "yandex.com",
              "ya.ru",
              "gmx.fr"));

  /** Families present under many country domains: yahoo.com, yahoo.ro, yahoo.co.uk… */
  private static final Set<String> FAMILIES =
      Set.of("yahoo", "hotmail", "outlook", "live", "yandex", "protonmail", "gmx", "aim");

  private PublicMailProviders() {}

  /** Whether a (lower-case) domain belongs to a public provider. */
  public static boolean isPublic(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    if (DOMAINS.contains(d)) {
      return true;
    }
    String name = d.contains(".") ? d.substring(0, d.indexOf('.')) : d;
    return FAMILIES.contains(name);
  }
}
