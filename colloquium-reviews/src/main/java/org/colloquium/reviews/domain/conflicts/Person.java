package org.colloquium.reviews.domain.conflicts;

/**
 * A person as the conflict rules see them.
 *
 * @param accountId null for an author without an account
 */
public record Person(Long accountId, String email, String fullName, String affiliation) {}
