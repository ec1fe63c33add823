package org.colloquium.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;

/**
 * An event's key pair for tickets, encoded (X.509 and PKCS#8, Base64). The private key never leaves
 * the server; the public one may be given to door devices that check tickets offline.
 */
@Entity
@Table(name = "registration_ticket_key")
public class TicketKey {

  @Id
  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "public_key", nullable = false, length = 200)
  private String publicKey;

  @Column(name = "private_key", nullable = false, length = 400)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TicketKey() {}

  public TicketKey(Long eventId, KeyPair pair, Instant now) {
    this.eventId = eventId;
    this.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    this.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    this.createdAt = now;
  }

  public TicketSigner signer() {
    return TicketSigner.of(publicKey, privateKey);
  }

  public String publicKey() {
    return publicKey;
  }
}
