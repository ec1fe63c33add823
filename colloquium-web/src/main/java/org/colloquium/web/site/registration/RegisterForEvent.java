package org.colloquium.web.site.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.GuestRegistering;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registering;
import org.colloquium.registration.api.RegistrationPage;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.api.Ticket;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /events/{slug}/register: a signed-in person registers, sees where their registration stands
 * (confirmed, waiting and how many before them, an offer and until when), changes their answers or
 * mode, accepts or declines an offer, and cancels.
 */
@Named
@RequestScoped
public class RegisterForEvent {

  @Inject Registering registering;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject Settings settings;
  @Inject GuestRegistering guests;
  @Inject LocaleSelection language;

  /**
   * From the address, at construction: the page is stateless (visitors register here too, and no
   * visit may cost a session), so every request, a post's too, reads the page anew.
   */
  @Inject
  @Param(name = "slug")
  String slug;

  private RegistrationPage page;
  private AttendanceFields form;
  private String guestEmail;
  private Ticket ticket;
  private boolean confirmingDeletion;

  /** The page as it is now, and the form filled from it (a post then puts what was typed in). */
  @PostConstruct
  void read() {
    page = registering.page(viewer(), slug);
    form = AttendanceFields.of(page.answers(), page.form());
  }

  /** The signed-in person, or null for a visitor, who registers with an address. */
  private Long viewer() {
    return signedIn.isSignedIn() ? signedIn.accountId() : null;
  }

  public void register() {
    if (!signedIn.isSignedIn()) {
      registerAsGuest();
      return;
    }
    act(
        () -> {
          MyRegistration mine = registering.register(signedIn.accountId(), slug, form.answers());
          Messages.addGlobalInfo("registration.done." + mine.state());
        });
  }

  /** Without an account: a mail confirms the address first; nothing is registered until then. */
  private void registerAsGuest() {
    try {
      guests.request(
          slug,
          guestEmail,
          form.answers(),
          language.current(),
          // Undertow's address (the proxy's forwarded one when configured), never a header
          // the client chose.
          Faces.getRequest().getRemoteAddr());
      Messages.addGlobalInfo("registration.guest.checkMail", guestEmail.strip());
      again();
    } catch (ValidationException e) {
      showProblems(e);
    } catch (TooManyRequestsException e) {
      feedback.tooManyRequests(e);
    }
  }

  /**
   * The organisers' questions repeat, so their problems go beside them through the form object; the
   * others beside their inputs as usual.
   */
  private void showProblems(ValidationException e) {
    List<Problem> others =
        form.getQuestions()
            .keep(e.problems(), p -> feedback.text(p.messageKey(), inPageLanguage(p)));
    if (form.getQuestions().hasProblems()) {
      Messages.addGlobalError("registration.form.problems");
    }
    if (others.isEmpty()) {
      Faces.validationFailed();
    } else {
      feedback.show(new ValidationException(others), "attendance");
    }
  }

  /** The choices the registration holds: choosable even when full (they are theirs). */
  public FormAnswers getHeld() {
    MyRegistration current = getCurrent();
    return current == null ? FormAnswers.NONE : current.answers().form();
  }

  /** A full choice's problem names it in both languages: the page's is the one to show. */
  private Object[] inPageLanguage(Problem p) {
    if (p.messageKey().equals("registration.form.choiceFull") && p.arguments().size() == 2) {
      return new Object[] {p.arguments().get(getLanguage() == Language.RO ? 1 : 0)};
    }
    return p.arguments().toArray();
  }

  /** The page's language, for the organisers' labels. */
  public Language getLanguage() {
    return language.current();
  }

  public void saveChanges() {
    act(
        () -> {
          registering.change(signedIn.accountId(), slug, form.answers());
          Messages.addGlobalInfo("registration.changed");
        });
  }

  public void cancel() {
    act(
        () -> {
          registering.cancel(signedIn.accountId(), slug);
          Messages.addGlobalInfo("registration.cancelled");
        });
  }

  public void accept() {
    act(
        () -> {
          registering.acceptOffer(signedIn.accountId(), slug);
          Messages.addGlobalInfo("registration.accepted");
        });
  }

  public void decline() {
    act(
        () -> {
          registering.declineOffer(signedIn.accountId(), slug);
          Messages.addGlobalInfo("registration.declined");
        });
  }

  /**
   * Runs an action and shows the page read anew. Bad answers stay on the page with their messages;
   * a registration changed meanwhile (another tab, an organiser, the offer's expiry) is read again
   * and explained, and the answers typed stay in the form.
   */
  private void act(Runnable action) {
    try {
      action.run();
      again();
    } catch (ValidationException e) {
      showProblems(e);
    } catch (ConflictException e) {
      page = registering.page(viewer(), slug);
      throw e; // the page's exception handler explains it
    }
  }

  /** After a change: the page again, read anew, with the message kept across the redirect. */
  private void again() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("events/%s/register", slug);
  }

  public MyRegistration getCurrent() {
    return page == null ? null : page.current();
  }

  /** The form is shown to register, or to change a registration that is not over. */
  public boolean isFormShown() {
    MyRegistration current = getCurrent();
    return current == null ? page.opening().open() : current.changeable();
  }

  /** The personal join link in full, to copy into a calendar or another device. */
  public String getJoinUrl() {
    MyRegistration current = getCurrent();
    return current == null || current.joinToken() == null
        ? null
        : settings.baseUrl() + "/join/" + current.joinToken();
  }

  /** The ticket, while confirmed to attend in person. */
  public Ticket getTicket() {
    MyRegistration current = getCurrent();
    if (ticket == null
        && current != null
        && current.state() == RegistrationState.CONFIRMED
        && current.mode() == ParticipationMode.IN_PERSON) {
      ticket = registering.ticket(signedIn.accountId(), slug).orElse(null);
    }
    return ticket;
  }

  /** The person's data as a JSON file (their right to it). */
  public void downloadData() throws java.io.IOException {
    byte[] json =
        registering
            .myData(signedIn.accountId(), slug)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Faces.sendFile(json, "registration-" + slug + ".json", true);
  }

  /** First press: asks to confirm; the second deletes. */
  public void askToDelete() {
    confirmingDeletion = true;
  }

  public void delete() {
    registering.deleteMine(signedIn.accountId(), slug);
    Messages.addGlobalInfo("registration.privacy.deleted");
    again();
  }

  public boolean isConfirmingDeletion() {
    return confirmingDeletion;
  }

  public boolean isOffered() {
    MyRegistration current = getCurrent();
    return current != null && current.state() == RegistrationState.OFFERED;
  }

  public List<AcademicStatus> getStatuses() {
    return List.of(AcademicStatus.values());
  }

  public RegistrationPage getPage() {
    return page;
  }

  public AttendanceFields getForm() {
    return form;
  }

  public String getGuestEmail() {
    return guestEmail;
  }

  public void setGuestEmail(String guestEmail) {
    this.guestEmail = guestEmail;
  }

  public boolean isSignedIn() {
    return signedIn.isSignedIn();
  }

  public String getSlug() {
    return slug;
  }
}
