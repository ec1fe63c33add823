package org.colloquium.registration.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;

/**
 * Certificates of attendance. After the event, organisers issue one to every confirmed registrant
 * who came (checked in at the door, or joined online through their link) and send them by mail;
 * holders find theirs in "My area" or through their registration's link; anyone holding a code can
 * check at {@code /certificates/{code}} that it is genuine.
 */
public interface Certificates {

  /** Organisers: who came, what is issued and mailed. */
  CertificateOverview overview(Long actorId, String slug);

  /**
   * Organisers: sets the hours printed on the event's certificates ({@code null} for none, from 0.5
   * to 999.5) and issues one to each person who came and has none; refused before the event ends.
   *
   * @return how many were issued now
   */
  int issue(Long actorId, String slug, BigDecimal hours);

  /**
   * Organisers: queues the mail of every issued certificate not mailed yet, each at most once even
   * when two sendings run at once.
   *
   * @return how many mails were queued
   */
  int send(Long actorId, String slug);

  /** Anyone: the certificate with this code (as typed: case and dashes do not matter). */
  Optional<CertificateView> verify(String code, Language language);

  /** Anyone holding the code: the certificate as PDF. */
  Optional<byte[]> pdf(String code);

  /** A signed-in person's certificates, newest first. */
  List<CertificateView> mine(Long accountId, Language language);

  /** The certificates of the registration managed through its link's token. */
  List<CertificateView> byManageToken(String token, Language language);
}
