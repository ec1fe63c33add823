package org.colloquium.registration.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisers' view of an event's certificates.
 *
 * @param ended whether the event is over, after which certificates are issued
 * @param attendedInPerson confirmed registrants checked in at the door
 * @param attendedOnline confirmed online registrants who joined through their link
 * @param speakers speakers who came and still present something: a certificate of presentation each
 * @param toIssue of those, how many have no certificate yet
 * @param notMailed issued certificates whose mail is not queued yet
 * @param hours printed on every certificate of the event, or null for none
 */
public record CertificateOverview(
    String slug,
    String title,
    Instant end,
    ZoneId zone,
    boolean ended,
    int attendedInPerson,
    int attendedOnline,
    int speakers,
    int toIssue,
    int notMailed,
    BigDecimal hours,
    List<CertificateView> certificates)
    implements Serializable {}
