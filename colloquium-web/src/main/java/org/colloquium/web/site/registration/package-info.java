/**
 * A person's registration for an event ({@code RegisterForEvent} on {@code
 * /events/{slug}/register}, with its form {@code AttendanceFields}) and the places the event page
 * shows ({@code RegistrationTeaser}).
 */
package org.colloquium.web.site.registration;
