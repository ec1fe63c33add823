package org.colloquium.reviews.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of what belongs to one submission and one person: a pin, a bid. */
public class PairKey implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long submissionId;
  private Long accountId;

  public PairKey() {}

  public PairKey(Long submissionId, Long accountId) {
    this.submissionId = submissionId;
    this.accountId = accountId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairKey k
        && Objects.equals(submissionId, k.submissionId)
        && Objects.equals(accountId, k.accountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(submissionId, accountId);
  }
}
