package org.colloquium.kernel.limits.domain;

import io.github.bucket4j.Bucket;

/**
 * Whether one more mail of a kind may go: it needs an allowance from the person who causes it and
 * from the address it goes to. Nothing is taken unless both allow it.
 */
public final class MailQuota {

  private MailQuota() {}

  public static boolean take(Bucket sender, Bucket recipient) {
    if (!sender.estimateAbilityToConsume(1).canBeConsumed()) {
      return false;
    }
    if (!recipient.tryConsume(1)) {
      return false;
    }
    // The caller holds both buckets (locked rows, or one thread for local buckets): this succeeds.
    return sender.tryConsume(1);
  }
}
