package org.colloquium.registration.domain.print;

/**
 * One person's badge.
 *
 * @param affiliation may be null
 * @param ticket the person's ticket code, printed as a QR code for the door; null for none
 */
public record Badge(String fullName, String affiliation, BadgeRole role, String ticket) {}
