package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.RegistrationForms;
import org.colloquium.registration.api.RegistrationForms.FormSetup;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;
import org.colloquium.web.site.registration.QuestionAnswers;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/registration/form: the organisers' own questions, each in a form of its own
 * (save, move up or down, remove or hide), one to add at the end, and a preview of the form as a
 * registrant reads it.
 */
@Named
@ViewScoped
public class EditRegistrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationForms forms;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject LocaleSelection language;

  private String slug;
  private FormSetup setup;
  private final List<QuestionFields> questions = new ArrayList<>();
  private QuestionFields added = new QuestionFields();
  private QuestionAnswers preview;

  public void load() {
    if (setup == null) {
      setup = forms.form(signedIn.accountId(), slug);
      setup.fields().forEach(f -> questions.add(QuestionFields.of(f)));
      List<FormField> asked = setup.fields().stream().filter(f -> !f.hidden()).toList();
      preview = new QuestionAnswers(asked, FormAnswers.NONE);
    }
  }

  /** Saves the question at {@code index}; its problems stay beside its inputs. */
  public void save(int index) {
    QuestionFields q = questions.get(index);
    try {
      forms.save(signedIn.accountId(), slug, q.draft());
    } catch (ValidationException e) {
      // The kind of a stored question is not an input: its problem goes to the top.
      feedback.showBeside(
          e, "questions", field -> field.equals("kind") ? null : "rows:" + index + ":" + field);
      return;
    }
    Messages.addGlobalInfo("registrationForm.saved");
    again();
  }

  public void add() {
    try {
      forms.save(signedIn.accountId(), slug, added.draft());
    } catch (ValidationException e) {
      feedback.showBeside(e, "add", field -> field);
      return;
    }
    Messages.addGlobalInfo("registrationForm.added");
    again();
  }

  public void move(int index, boolean up) {
    forms.move(signedIn.accountId(), slug, questions.get(index).getId(), up);
    Faces.redirect("manage/events/%s/registration/form", slug);
  }

  public void remove(int index) {
    boolean deleted = forms.remove(signedIn.accountId(), slug, questions.get(index).getId());
    if (deleted) {
      Messages.addGlobalInfo("registrationForm.removed");
    } else {
      Messages.addGlobalInfo("registrationForm.hiddenNow");
    }
    again();
  }

  public void show(int index) {
    forms.show(signedIn.accountId(), slug, questions.get(index).getId());
    Messages.addGlobalInfo("registrationForm.shown");
    again();
  }

  /** The page read anew, with the message kept across the redirect. */
  private void again() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/registration/form", slug);
  }

  public FormSetup getSetup() {
    return setup;
  }

  public List<QuestionFields> getQuestions() {
    return questions;
  }

  public QuestionFields getAdded() {
    return added;
  }

  public QuestionAnswers getPreview() {
    return preview;
  }

  public FormAnswers getNothingHeld() {
    return FormAnswers.NONE;
  }

  public Language getLanguage() {
    return language.current();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
