/**
 * The registration module's published face: what the web layer and other modules may use. The
 * services ({@link org.colloquium.registration.api.Registering} for attendees, {@link
 * org.colloquium.registration.api.Registrants} and {@link
 * org.colloquium.registration.api.RegistrationSetups} for organisers, {@link
 * org.colloquium.registration.api.RegistrationPlaces} for the public), the records they take and
 * return, and the CDI event fired on every change of state.
 */
package org.colloquium.registration.api;
