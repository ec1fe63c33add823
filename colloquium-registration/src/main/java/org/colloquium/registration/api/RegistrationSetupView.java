package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;

/**
 * The organisers' settings page: the event, whether registration was set up at all ({@code
 * configured}), the settings (a proposal when not configured) and the places of each mode.
 */
public record RegistrationSetupView(
    String slug,
    String eventTitle,
    ZoneId zone,
    AttendanceMode attendance,
    boolean configured,
    RegistrationSetup setup,
    List<Places> places)
    implements Serializable {}
