package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.programme.api.PublicationView;
import org.colloquium.programme.api.SubmissionPublication;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The "What the public programme shows" section of an accepted submission's page: its authors
 * decide whether the abstract and their affiliations are published with the programme.
 */
@Named
@ViewScoped
public class ChoosePublication implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubmissionPublication publication;
  @Inject SubmissionDetail detail;
  @Inject SignedIn signedIn;

  private PublicationView view;
  private boolean read;
  private boolean abstractPublished;
  private boolean affiliationsPublished;

  /** Null when the page shows no presented submission of this author. */
  public PublicationView getView() {
    if (!read && detail.getView() != null) {
      view = publication.ofSubmission(signedIn.accountId(), detail.getView().id()).orElse(null);
      read = true;
      if (view != null) {
        abstractPublished = view.choice().abstractPublished();
        affiliationsPublished = view.choice().affiliationsPublished();
      }
    }
    return view;
  }

  public void save() {
    publication.choose(
        signedIn.accountId(),
        detail.getView().id(),
        new PublicationView.Choice(abstractPublished, affiliationsPublished));
    Messages.addGlobalInfo("programme.publication.saved");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("my/submissions/%s#publication", detail.getView().id().toString());
  }

  public boolean isAbstractPublished() {
    return abstractPublished;
  }

  public void setAbstractPublished(boolean abstractPublished) {
    this.abstractPublished = abstractPublished;
  }

  public boolean isAffiliationsPublished() {
    return affiliationsPublished;
  }

  public void setAffiliationsPublished(boolean affiliationsPublished) {
    this.affiliationsPublished = affiliationsPublished;
  }
}
