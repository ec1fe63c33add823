package org.colloquium.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.web.security.SignedIn;

/**
 * The language of this visitor's pages. Chosen, in this order, by the language switch or the
 * account's preferred language (both remembered in a cookie for a year: the switch sets it, and so
 * do sign-in and a profile change), the signed-in account's preferred language, the browser's
 * Accept-Language, and English.
 *
 * <p>Request-scoped and kept in a cookie, never in the session: an anonymous visitor must not cost
 * the server an HTTP session, and the public-page cache keys its pages by the same rule ({@link
 * #of(HttpServletRequest)}).
 */
@Named("language")
@RequestScoped
public class LocaleSelection {

  /** Name of the cookie that remembers an explicit choice. */
  public static final String COOKIE = "colloquium-lang";

  @Inject HttpServletRequest request;
  @Inject Instance<SignedIn> signedIn;

  private Language chosen;

  /**
   * The language of an anonymous visitor's request, by the rule above; for code that runs outside
   * CDI (the public-page cache).
   */
  public static Language of(HttpServletRequest request) {
    return fromCookie(request).orElseGet(() -> fromBrowser(request));
  }

  /**
   * The same rule from the cookie's value (or null) and the browser's languages in its order of
   * preference, for code that reads the request before any servlet does.
   */
  public static Language of(String cookieValue, List<Locale> browser) {
    return Optional.ofNullable(cookieValue)
        .flatMap(Language::fromCode)
        .orElseGet(() -> firstKnown(browser));
  }

  public Language current() {
    if (chosen == null) {
      chosen =
          request == null
              ? Language.fallback()
              : fromCookie(request)
                  .or(this::accountPreference)
                  .orElseGet(() -> fromBrowser(request));
    }
    return chosen;
  }

  /** The rest of this request speaks {@code language}; {@link #remember} keeps it for the next. */
  public void choose(Language language) {
    this.chosen = language;
  }

  /** Chooses {@code language} for this request and remembers it in the visitor's cookie. */
  public void choose(Language language, HttpServletResponse response) {
    choose(language);
    remember(request, response, language);
  }

  /** Sets the cookie that makes {@code language} this browser's language for a year. */
  public static void remember(
      HttpServletRequest request, HttpServletResponse response, Language language) {
    Cookie cookie = new Cookie(COOKIE, language.code());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
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

  /** A signed-in visitor whose browser forgot the cookie still gets the profile's language. */
  private Optional<Language> accountPreference() {
    if (signedIn == null || signedIn.isUnsatisfied()) {
      return Optional.empty();
    }
    return signedIn.get().account().map(AccountView::language);
  }

  private static Optional<Language> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .map(Language::fromCode)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Language fromBrowser(HttpServletRequest request) {
    return firstKnown(Collections.list(request.getLocales()));
  }

  private static Language firstKnown(List<Locale> locales) {
    for (Locale locale : locales) {
      var language = Language.fromCode(locale.getLanguage());
      if (language.isPresent()) {
        return language.get();
      }
    }
    return Language.fallback();
  }
}
