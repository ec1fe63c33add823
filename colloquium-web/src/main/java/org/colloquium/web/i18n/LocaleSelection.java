package org.colloquium.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.colloquium.kernel.i18n.Language;

/**
 * The language of this visitor's pages. Chosen, in this order, by the language switch (remembered
 * in a cookie for a year), the account's preferred language at sign-in, and the browser's
 * Accept-Language. Only an enum is kept in the session: small and serialisable for a cluster.
 */
@Named("language")
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Name of the cookie that remembers an explicit choice. */
  public static final String COOKIE = "colloquium-lang";

  @Inject transient HttpServletRequest request;

  private Language chosen;

  public Language current() {
    if (chosen == null) {
      chosen = fromCookie().orElseGet(this::fromBrowser);
    }
    return chosen;
  }

  public void choose(Language language) {
    this.chosen = language;
  }

  public Locale getLocale() {
    return current().locale();
  }

  /** The BCP 47 code for {@code <html lang>}. */
  public String getCode() {
    return current().code();
  }

  public List<Language> getAvailable() {
    return Arrays.asList(Language.values());
  }

  private java.util.Optional<Language> fromCookie() {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies == null) {
      return java.util.Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .map(Language::fromCode)
        .flatMap(java.util.Optional::stream)
        .findFirst();
  }

  private Language fromBrowser() {
    if (request == null) {
      return Language.fallback();
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      var language = Language.fromCode(locale.getLanguage());
      if (language.isPresent()) {
        return language.get();
      }
    }
    return Language.fallback();
  }
}
