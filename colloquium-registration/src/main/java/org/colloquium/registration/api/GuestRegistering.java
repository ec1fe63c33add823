package org.colloquium.registration.api;

import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;

/**
 * Registering without an account, and managing a registration through the link in its mails. The
 * address is confirmed first (a mail with a link valid for a day); the place is decided when the
 * link is followed, exactly as for a signed-in person.
 */
public interface GuestRegistering {

  /**
   * Checks the answers and mails a confirmation link to {@code email}; nothing is registered yet.
   * The answer is the same whether or not the address is registered already or has an account.
   *
   * @throws org.colloquium.kernel.validation.ValidationException naming each wrong field
   * @throws org.colloquium.kernel.access.ConflictException when registration is not open
   * @throws org.colloquium.kernel.limits.api.TooManyRequestsException when this client asked too
   *     often
   */
  void request(
      String slug, String email, RegistrationAnswers answers, Language language, String client);

  /** What following a confirmation link did. */
  enum Outcome {
    /** Registered now: see the registration's state. */
    REGISTERED,
    /** The link was followed before: the registration it made is shown. */
    ALREADY_USED,
    /** Older than a day: ask again. */
    EXPIRED,
    /** No such link. */
    UNKNOWN,
    /** Registration closed before the link was followed. */
    CLOSED,
    /** The address has a registration for the event already (made another way). */
    ALREADY_REGISTERED
  }

  /**
   * The result of a confirmation link.
   *
   * @param registration the registration made (or made before), null otherwise
   * @param manageToken the link's token to manage it, null with no registration
   * @param choicesLeftOut choices asked for (by label, in the request's language) that had no place
   *     left when the link was followed
   */
  record Confirmation(
      Outcome outcome,
      String eventSlug,
      MyRegistration registration,
      String manageToken,
      List<String> choicesLeftOut) {

    public Confirmation {
      choicesLeftOut = choicesLeftOut == null ? List.of() : List.copyOf(choicesLeftOut);
    }

    public static Confirmation of(Outcome outcome, String eventSlug) {
      return new Confirmation(outcome, eventSlug, null, null, List.of());
    }
  }

  /** Follows the link of the confirmation mail: registers, and invites to create an account. */
  Confirmation confirm(String token);

  /** The registration a manage link opens; empty for an unknown token. */
  Optional<MyRegistration> byLink(String token);

  /** Cancels through a manage link; cancelling twice changes nothing. */
  MyRegistration cancelByLink(String token);

  /** Accepts an offered place through a manage link, before it expires. */
  MyRegistration acceptOfferByLink(String token);

  /** Declines an offered place through a manage link: it goes to the next. */
  MyRegistration declineOfferByLink(String token);

  /** The ticket of the registration a manage link opens, while confirmed to attend in person. */
  Optional<Ticket> ticketByLink(String token);

  /** {@link Registering#myData} through a manage link. */
  String dataByLink(String token);

  /** {@link Registering#deleteMine} through a manage link; the link stops working. */
  void deleteByLink(String token);
}
