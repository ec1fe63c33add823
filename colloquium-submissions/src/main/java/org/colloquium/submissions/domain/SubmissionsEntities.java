package org.colloquium.submissions.domain;

import java.util.List;
import org.colloquium.kernel.persistence.ModuleEntities;

/** The entities of the submissions module, for the persistence unit. */
public class SubmissionsEntities implements ModuleEntities {

  @Override
  public List<Class<?>> entities() {
    return List.of(Submission.class, SubmissionAuthor.class);
  }
}
