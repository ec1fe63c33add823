package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;

/**
 * The mails a notification would send, rendered, for the organiser to read before sending.
 *
 * @param versions per submission number, the decision's version as previewed: sending checks that
 *     no decision changed since
 */
public record NotificationPreview(
    String slug, String eventTitle, List<Mail> mails, Map<Integer, Integer> versions)
    implements Serializable {

  public NotificationPreview {
    mails = List.copyOf(mails);
    versions = Map.copyOf(versions);
  }

  /** How many submissions' authors would be notified. */
  public int submissions() {
    return versions.size();
  }

  /** One mail to one author of one submission. */
  public record Mail(
      int number,
      Outcome outcome,
      String recipientName,
      String recipientEmail,
      Language language,
      String subject,
      String body)
      implements Serializable {}
}
