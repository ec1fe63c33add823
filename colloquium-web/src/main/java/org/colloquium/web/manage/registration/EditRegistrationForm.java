package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/registration/form: the organisers' own questions, each saved, moved,
 * removed or hidden by its own buttons, one to add at the end, and a preview of the form as a
 * registrant reads it.
 *
 * <p>Every button submits all the questions and the page stays in its view afterwards: what was
 * typed in the other questions is kept, not read again from the database, so an organiser who edits
 * three questions and saves one loses nothing.
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
      refresh(null);
    }
  }

  /**
   * The questions read anew: their counts, choices and order. A question keeps what was typed in it
   * unless it is {@code fresh} (just saved: shown as stored).
   */
  private void refresh(Long fresh) {
    Map<Long, QuestionFields> typed =
        questions.stream().collect(Collectors.toMap(QuestionFields::getId, Function.identity()));
    setup = forms.form(signedIn.accountId(), slug);
    questions.clear();
    for (FormField f : setup.fields()) {
      QuestionFields q = typed.get(f.id());
      questions.add(q == null || f.id().equals(fresh) ? QuestionFields.of(f) : q.storedAs(f));
    }
    List<FormField> asked = setup.fields().stream().filter(f -> !f.hidden()).toList();
    preview = new QuestionAnswers(asked, FormAnswers.NONE);
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
    refresh(q.getId());
  }

  public void add() {
    Long id;
    try {
      id = forms.save(signedIn.accountId(), slug, added.draft());
    } catch (ValidationException e) {
      feedback.showBeside(e, "add", field -> field);
      return;
    }
    Messages.addGlobalInfo("registrationForm.added");
    added = new QuestionFields();
    refresh(id);
  }

  public void move(int index, boolean up) {
    forms.move(signedIn.accountId(), slug, questions.get(index).getId(), up);
    refresh(null);
  }

  public void remove(int index) {
    boolean deleted = forms.remove(signedIn.accountId(), slug, questions.get(index).getId());
    if (deleted) {
      Messages.addGlobalInfo("registrationForm.removed");
    } else {
      Messages.addGlobalInfo("registrationForm.hiddenNow");
    }
    refresh(null);
  }

  public void show(int index) {
    forms.show(signedIn.accountId(), slug, questions.get(index).getId());
    Messages.addGlobalInfo("registrationForm.shown");
    refresh(null);
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
