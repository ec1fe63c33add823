package org.colloquium.web.site.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.CallState;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.web.i18n.LocaleSelection;

/**
 * A call's rules and countdown in words, in the visitor's language, for the call and submit pages
 * ({@code #{callTexts.rules(call)}}). The wording lives in {@link CallWording}, which tests check
 * without a container.
 */
@Named
@RequestScoped
public class CallTexts {

  @Inject LocaleSelection language;
  @Inject Clock clock;

  private CallWording wording() {
    Locale locale = language.getLocale();
    return new CallWording(
        ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", locale), locale);
  }

  /** "Up to 300 words, 3–5 keywords, PDF optional up to 10 MB." */
  public String rules(CallDetails call) {
    return wording().rules(call);
  }

  public String reviewMode(ReviewMode mode) {
    return wording().reviewMode(mode);
  }

  /** "Closes in 12 days", "Opens in 3 hours", or empty when the call is closed. */
  public String countdown(CallDetails call) {
    return wording().countdown(call, clock.instant());
  }

  /** What the countdown counts to, for the script that refreshes it. */
  public Instant countdownTarget(CallDetails call) {
    return call.state() == CallState.UPCOMING ? call.opensAt() : call.abstractDeadline();
  }

  /** The words the script puts before its relative time: "Closes", "Se închide". */
  public String countdownPrefix(CallDetails call) {
    return wording()
        .text(
            call.state() == CallState.UPCOMING ? "call.countdown.opens" : "call.countdown.closes");
  }

  /** The pure part: message patterns filled for one call. */
  static final class CallWording {

    private final ResourceBundle bundle;
    private final Locale locale;

    CallWording(ResourceBundle bundle, Locale locale) {
      this.bundle = bundle;
      this.locale = locale;
    }

    String text(String key, Object... arguments) {
      String pattern = bundle.getString(key);
      return arguments.length == 0
          ? pattern
          : new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    String rules(CallDetails call) {
      List<String> parts = new ArrayList<>();
      parts.add(text("call.rules.words", call.wordLimit()));
      if (call.maxKeywords() > 0) {
        if (call.minKeywords() == call.maxKeywords()) {
          parts.add(text("call.rules.keywordsExactly", call.maxKeywords()));
        } else if (call.minKeywords() == 0) {
          parts.add(text("call.rules.keywordsUpTo", call.maxKeywords()));
        } else {
          parts.add(text("call.rules.keywordsRange", call.minKeywords(), call.maxKeywords()));
        }
      }
      if (call.trackRequired()) {
        parts.add(text("call.rules.trackRequired"));
      }
      if (call.typeRequired()) {
        parts.add(text("call.rules.typeRequired"));
      }
      parts.add(pdf(call.pdfPolicy(), call.maxFileMb()));
      if (call.pdfPolicy() != PdfPolicy.NOT_ALLOWED && call.maxPages() != null) {
        parts.add(text("call.rules.maxPages", call.maxPages()));
      }
      String joined = String.join(", ", parts);
      return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    String pdf(PdfPolicy policy, int maxFileMb) {
      return switch (policy) {
        case NOT_ALLOWED -> text("call.rules.pdfNotAllowed");
        case OPTIONAL -> text("call.rules.pdfOptional", maxFileMb);
        case REQUIRED -> text("call.rules.pdfRequired", maxFileMb);
      };
    }

    String reviewMode(ReviewMode mode) {
      return switch (mode) {
        case SINGLE_BLIND -> text("call.review.singleBlind");
        case DOUBLE_BLIND -> text("call.review.doubleBlind");
        case OPEN -> text("call.review.open");
      };
    }

    String countdown(CallDetails call, Instant now) {
      return switch (call.state()) {
        case UPCOMING -> until(call.opensAt(), now, true);
        case OPEN ->
            now.isBefore(call.abstractDeadline())
                ? until(call.abstractDeadline(), now, false)
                : text("call.countdown.grace");
        case CLOSED -> "";
      };
    }

    /**
     * Whole days from two days on, else whole hours from two hours on, else minutes (at least one):
     * "closes in 12 days" is what a reader needs, not a ticking clock.
     */
    private String until(Instant target, Instant now, boolean opening) {
      Duration left = Duration.between(now, target);
      long days = left.toDays();
      long hours = left.toHours();
      long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
      if (days >= 2) {
        return opening
            ? text("call.countdown.opensInDays", days)
            : text("call.countdown.closesInDays", days);
      }
      if (hours >= 2) {
        return opening
            ? text("call.countdown.opensInHours", hours)
            : text("call.countdown.closesInHours", hours);
      }
      return opening
          ? text("call.countdown.opensInMinutes", minutes)
          : text("call.countdown.closesInMinutes", minutes);
    }
  }
}
