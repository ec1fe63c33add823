package org.colloquium.reviews.api;

import java.io.Serializable;

/** One submission assigned to the reviewer and how far their review is. */
public record AssignedReview(
    int number, String title, ReviewProgress progress, boolean declined, String declinedReason)
    implements Serializable {}
