package org.colloquium.web.my.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.events.api.CallDetails;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.MySubmissionRow;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.WordCount;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.Formats;
import org.colloquium.web.i18n.LocaleSelection;

/**
 * Why a submission cannot be changed, in words with the moment in the event's zone: "The deadline
 * passed on 15 March 2027, 23:59 (Europe/Bucharest)." Shared by the form, the detail page and the
 * list, so they all say it the same way.
 */
@Named
@RequestScoped
public class SubmissionTexts {

  @Inject FacesFeedback feedback;
  @Inject Formats formats;
  @Inject LocaleSelection language;

  /** The reason for a call's submission (the published deadline, not the grace period's end). */
  public String readOnly(ReadOnlyReason reason, CallDetails call) {
    if (reason == null) {
      return "";
    }
    if (call == null) {
      return readOnly(reason, null, null);
    }
    Instant moment =
        switch (reason) {
          case NOT_YET_OPEN -> call.opensAt();
          case FINAL_VERSION_CLOSED -> call.cameraReadyAt();
          default -> call.abstractDeadline();
        };
    return readOnly(reason, moment, call.zone());
  }

  /** Why a change was refused: the call's deadline, or the moment the refusal names. */
  public String refusal(ChangeRefusedException refused, CallDetails call) {
    String text = readOnly(refused.reason(), call);
    return text.isEmpty()
        ? readOnly(refused.reason(), refused.acceptedUntil(), refused.zone())
        : text;
  }

  /** Why the viewer cannot change the submission they read, with the moment it names. */
  public String readOnly(SubmissionView view) {
    if (view.readOnlyReason() == ReadOnlyReason.FINAL_VERSION_CLOSED) {
      return readOnly(view.readOnlyReason(), view.finalVersionDue(), view.event().zone());
    }
    return readOnly(view.readOnlyReason(), view.call());
  }

  /** "Accepted. Until 1 May 2027, 23:59 (Europe/Bucharest) you can correct…" */
  public String finalVersionIntro(SubmissionView view) {
    Instant due = view.finalVersionDue();
    ZoneId zone = view.event().zone();
    return due == null
        ? ""
        : feedback.text("submission.final.intro", formats.dateTime(due, zone), zone.getId());
  }

  public String readOnly(MySubmissionRow row) {
    return readOnly(row.readOnlyReason(), row.acceptsUntil(), row.zone());
  }

  public String readOnly(ReadOnlyReason reason, Instant moment, ZoneId zone) {
    if (reason == null) {
      return "";
    }
    boolean dated =
        reason == ReadOnlyReason.DEADLINE_PASSED
            || reason == ReadOnlyReason.NOT_YET_OPEN
            || reason == ReadOnlyReason.FINAL_VERSION_CLOSED;
    if (dated && moment != null && zone != null) {
      return feedback.text(reason.messageKey(), formats.dateTime(moment, zone), zone.getId());
    }
    if (dated) {
      return feedback.text(reason.messageKey() + ".noDate");
    }
    return feedback.text(reason.messageKey());
  }

  /** "123 / 300 words", as the form's script writes it while the author types. */
  public String words(String text, CallDetails call) {
    return feedback
        .text("submission.field.words")
        .replace("{0}", Integer.toString(WordCount.of(text)))
        .replace("{1}", Integer.toString(call == null ? 0 : call.wordLimit()));
  }

  /** "Move author 2 up": a row button of the form says which author it moves. */
  public String rowLabel(String key, int index) {
    return feedback.text(key, index + 1);
  }

  /** "15 March 2027, 23:59 (Europe/Bucharest)", or "" for no moment. */
  public String when(Instant moment, ZoneId zone) {
    return moment == null || zone == null
        ? ""
        : formats.dateTime(moment, zone) + " (" + zone.getId() + ")";
  }

  /** A message whose key the domain names (a warning, a state, a role). */
  public String text(String key) {
    return feedback.text(key);
  }

  public String state(SubmissionState state) {
    return state == null ? "" : feedback.text("submission.state." + state.name());
  }

  public String role(SubmissionRole role) {
    return role == null ? "" : feedback.text("submission.role." + role.name());
  }

  public String keywords(java.util.List<String> keywords) {
    return keywords == null || keywords.isEmpty() ? "—" : String.join(", ", keywords);
  }

  /** An ISO 639-1 code's name in the visitor's language. */
  public String languageName(String code) {
    return code == null || code.isBlank()
        ? "—"
        : new java.util.Locale(code).getDisplayLanguage(language.getLocale());
  }

  /** "1.2 MB", "350 kB". */
  public String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    return Math.max(1, (bytes + 1023) / 1024) + " kB";
  }
}
