/**
 * Registration's entities, its repository and the rules kept free of persistence: which state a
 * registration may go to from which ({@link org.colloquium.registration.domain.Registration}), the
 * settings' window and moderation ({@link
 * org.colloquium.registration.domain.RegistrationSettings}), what answers and settings are valid
 * ({@link org.colloquium.registration.domain.RegistrationRules}) and the calendar file of a
 * confirmation ({@link org.colloquium.registration.domain.RegistrationCalendar}). Places are
 * counted in {@code registration_quota} rows, changed only by the repository's conditional updates.
 */
package org.colloquium.registration.domain;
