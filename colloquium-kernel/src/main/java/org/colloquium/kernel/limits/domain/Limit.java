package org.colloquium.kernel.limits.domain;

import io.github.bucket4j.BucketConfiguration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A named limit on one kind of action, made of one or more rates that must all allow it. Each
 * subject (a client address, an account, a mailbox) has a bucket of its own under {@link #key}.
 */
public record Limit(String name, List<Rate> rates) {

  public Limit {
    Objects.requireNonNull(name);
    rates = List.copyOf(rates);
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("a limit needs a rate");
    }
  }

  public static Limit of(String name, Rate... rates) {
    return new Limit(name, List.of(rates));
  }

  public BucketConfiguration configuration() {
    var builder = BucketConfiguration.builder();
    rates.forEach(r -> builder.addLimit(r.bandwidth()));
    return builder.build();
  }

  /**
   * The key of the subject's bucket. The rates are part of it: after an operator changes a setting,
   * the subjects start with fresh buckets of the new size instead of meeting buckets stored with
   * the old one.
   */
  public String key(String subject) {
    return name
        + rates.stream().map(Rate::text).collect(Collectors.joining(",", "[", "]:"))
        + subject;
  }

  /** The first part of every key of this limit, for finding its buckets. */
  public String keyPrefix() {
    return key("");
  }
}
