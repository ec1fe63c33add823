package org.colloquium.reviews.domain.conflicts;

/** A person as the conflict rules see them. */
public record Person(Long accountId, String email, String fullName, String affiliation) {}
