package org.colloquium.registration.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A certificate as its verification page and lists show it.
 *
 * @param code the printed code, with dashes
 * @param affiliation may be null
 * @param hours the event's hours printed on it, or null
 * @param eventTitle in the language asked for where the event has it
 * @param mailedAt when its mail was queued, or null
 * @param titles what a speaker presented (certificates of presentation), else empty
 * @param anonymised whether the holder's details were removed (retention, or their own request)
 */
public record CertificateView(
    String code,
    CertificateKind kind,
    String fullName,
    String affiliation,
    ParticipationMode mode,
    BigDecimal hours,
    String eventSlug,
    String eventTitle,
    Instant start,
    Instant end,
    ZoneId zone,
    Instant issuedAt,
    Instant mailedAt,
    boolean anonymised,
    List<String> titles)
    implements Serializable {}
