package org.colloquium.programme.api;

import java.io.Serializable;

/**
 * An author of a contribution as printed.
 *
 * @param familyName the part of the name an index sorts by (the last word unless the author's name
 *     says otherwise)
 * @param affiliation may be null
 * @param country ISO 3166 code, may be null
 */
public record ProgrammeAuthor(
    String fullName, String familyName, String affiliation, String country, boolean presenting)
    implements Serializable {}
