package org.colloquium.registration.domain.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.registration.api.CertificateKind;
import org.colloquium.registration.api.ParticipationMode;

/**
 * What a certificate of attendance or of presentation prints, in both languages.
 *
 * @param titles what a speaker presented (certificates of presentation)
 * @param code the printed code (with dashes)
 * @param verifyUrl the absolute address of its verification page, printed and in the QR code
 * @param affiliation may be null
 * @param hours may be null: no duration printed
 * @param titleRo the event's Romanian title, the English one where it has none
 * @param venue may be null; printed for those who came in person
 */
public record CertificateDocument(
    CertificateKind kind,
    List<String> titles,
    String code,
    String verifyUrl,
    String fullName,
    String affiliation,
    ParticipationMode mode,
    BigDecimal hours,
    String titleEn,
    String titleRo,
    Instant start,
    Instant end,
    ZoneId zone,
    String venue,
    Instant issuedAt) {}
