package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ReviewSetupView;
import org.colloquium.reviews.api.ReviewSetups;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/reviews/form: the organisers build the review form — criteria with scales,
 * weights and readers, text fields — add, remove and order them, and save the whole form at once.
 */
@Named
@ViewScoped
public class EditReviewForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "criteria";

  @Inject ReviewSetups setups;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private ReviewSetupView setup;
  private final List<CriterionFields> criteria = new ArrayList<>();

  public void load() {
    if (setup == null) {
      setup = setups.setup(signedIn.accountId(), slug);
      setup.form().forEach(c -> criteria.add(CriterionFields.of(c)));
    }
  }

  public void addScale() {
    criteria.add(CriterionFields.blank(CriterionKind.SCALE, freeKey("criterion")));
  }

  public void addText() {
    criteria.add(CriterionFields.blank(CriterionKind.TEXT, freeKey("text")));
  }

  public void remove(int index) {
    if (index >= 0 && index < criteria.size()) {
      criteria.remove(index);
    }
  }

  public void moveUp(int index) {
    if (index > 0 && index < criteria.size()) {
      criteria.add(index - 1, criteria.remove(index));
    }
  }

  private String freeKey(String stem) {
    Set<String> used = new HashSet<>();
    criteria.forEach(c -> used.add(c.getKey()));
    int n = criteria.size() + 1;
    while (used.contains(stem + "-" + n)) {
      n++;
    }
    return stem + "-" + n;
  }

  public void save() {
    List<CriterionSpec> specs = new ArrayList<>();
    List<Problem> unreadable = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      try {
        specs.add(criteria.get(i).spec());
      } catch (IllegalArgumentException e) {
        unreadable.add(Problem.of("criteria." + i + ".scale", "reviews.form.scaleValues", 100));
      }
    }
    try {
      ValidationException.throwIfAny(unreadable);
      setups.changeForm(signedIn.accountId(), slug, specs);
    } catch (ValidationException e) {
      feedback.showBeside(e, FORM, EditReviewForm::inputOf);
      return;
    }
    Messages.addGlobalInfo("manage.reviewForm.saved");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("manage/events/%s/reviews/form", slug);
  }

  /** "criteria.3.labelEn" → "rows:3:labelEn"; the kind, which is not edited, to its label. */
  static String inputOf(String field) {
    String[] parts = field.split("\\.");
    if (parts.length != 3 || !parts[0].equals("criteria")) {
      return null;
    }
    String input =
        switch (parts[2]) {
          case "kind" -> "role";
          case "key" -> "labelEn";
          case "help" -> "helpEn";
          default -> parts[2];
        };
    return "rows:" + parts[1] + ":" + input;
  }

  public ReviewSetupView getSetup() {
    return setup;
  }

  public List<CriterionFields> getCriteria() {
    return criteria;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
