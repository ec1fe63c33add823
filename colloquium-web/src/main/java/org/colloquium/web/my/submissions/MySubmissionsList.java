package org.colloquium.web.my.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.submissions.api.MySubmissionRow;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.web.security.SignedIn;

/** /my/submissions: everything the signed-in person submitted or co-authors, across events. */
@Named
@RequestScoped
public class MySubmissionsList {

  @Inject MySubmissions mySubmissions;
  @Inject SignedIn signedIn;

  private List<MySubmissionRow> rows;

  public List<MySubmissionRow> getRows() {
    if (rows == null) {
      rows = mySubmissions.list(signedIn.accountId());
    }
    return rows;
  }
}
