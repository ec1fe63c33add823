package org.colloquium.programme.api;

import java.util.Optional;

/**
 * What the authors of an accepted submission let the public programme show of it: the abstract (web
 * page, feeds, API, book of abstracts) and the authors' affiliations. Title and speakers are always
 * shown: a programme cannot list a talk without them. Unless the authors say otherwise everything
 * is shown, as calls for papers announce.
 *
 * <p>A choice reaches the public with the next release the organisers publish: releases are never
 * rewritten. The same people as for {@link SubmissionAvailability} may read and change it, with the
 * same "not found" for anyone else; unlike availability, also after the event, since a book of
 * abstracts stays online and consent may be withdrawn at any time.
 */
public interface SubmissionPublication {

  /** Empty when the actor may not see it or the submission is not presented. */
  Optional<PublicationView> ofSubmission(Long actorId, Long submissionId);

  /**
   * @throws org.colloquium.kernel.access.NotFoundException as {@link #ofSubmission} is empty
   */
  void choose(Long actorId, Long submissionId, PublicationView.Choice choice);
}
