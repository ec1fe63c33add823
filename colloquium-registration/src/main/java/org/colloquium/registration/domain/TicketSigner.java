package org.colloquium.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tickets: {@code CQ1.<registration id>.<signature>}, the signature (Ed25519, Base64 URL-safe) over
 * {@code CQ1:<event id>:<registration id>}. Short enough for a small QR code, checkable with the
 * event's public key alone, and worthless for another event. Nothing secret is in a ticket: who
 * holds it is who shows it, as with a printed one.
 */
public final class TicketSigner {

  private static final String ALGORITHM = "Ed25519";
  private static final String VERSION = "CQ1";

  /** The whole ticket, bounded before anything is parsed: ids of 18 digits, 86 signature chars. */
  private static final Pattern TICKET =
      Pattern.compile("CQ1\\.([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{86})");

  private final PublicKey publicKey;
  private final PrivateKey privateKey;

  private TicketSigner(PublicKey publicKey, PrivateKey privateKey) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  public static KeyPair newKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Java 15 and later have Ed25519", e);
    }
  }

  /** From the stored Base64 forms; {@code privateKey} may be null to verify only. */
  public static TicketSigner of(String publicKey, String privateKey) {
    try {
      KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
      return new TicketSigner(
          factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))),
          privateKey == null
              ? null
              : factory.generatePrivate(
                  new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a stored ticket key that cannot be read", e);
    }
  }

  public static TicketSigner of(KeyPair pair) {
    return new TicketSigner(pair.getPublic(), pair.getPrivate());
  }

  public String ticket(long eventId, long registrationId) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(privateKey);
      signature.update(signed(eventId, registrationId));
      return VERSION
          + "."
          + registrationId
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The registration's id if {@code ticket} was signed with this key for this event. */
  public OptionalLong verify(String ticket, long eventId) {
    if (ticket == null) {
      return OptionalLong.empty();
    }
    Matcher m = TICKET.matcher(ticket.strip());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    long registrationId = Long.parseLong(m.group(1));
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(publicKey);
      signature.update(signed(eventId, registrationId));
      byte[] signed = Base64.getUrlDecoder().decode(m.group(2));
      // One spelling per ticket: the last character's unused bits must be zero, so a ticket
      // cannot be varied into others that check as the same.
      boolean canonical =
          Base64.getUrlEncoder().withoutPadding().encodeToString(signed).equals(m.group(2));
      return canonical && signature.verify(signed)
          ? OptionalLong.of(registrationId)
          : OptionalLong.empty();
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return OptionalLong.empty();
    }
  }

  private static byte[] signed(long eventId, long registrationId) {
    return (VERSION + ":" + eventId + ":" + registrationId).getBytes(StandardCharsets.US_ASCII);
  }
}
