package org.colloquium.submissions.domain;

import java.util.Optional;
import org.colloquium.kernel.validation.Problem;

/**
 * How much one account may put into one event: a number of submissions (withdrawn ones count, so
 * creating and withdrawing does not get around it) and the bytes of their PDFs together. Generous
 * for any author; it only stops someone filling the database through one account.
 *
 * @param maxSubmissions the most submissions one account may create in one event
 * @param maxBytes the most bytes of PDFs one account's submissions to one event may hold together
 */
public record SubmissionQuota(int maxSubmissions, long maxBytes) {

  private static final long MEGABYTE = 1024L * 1024L;

  public SubmissionQuota {
    if (maxSubmissions < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a quota allows something");
    }
  }

  /** Why one more submission is refused, if it is: the account already has {@code existing}. */
  public Optional<Problem> refuseNew(long existing) {
    return existing >= maxSubmissions
        ? Optional.of(Problem.global("submission.quota.count", maxSubmissions))
        : Optional.empty();
  }

  /**
   * Why a file is refused, if it is.
   *
   * @param storedBytes the bytes of the account's PDFs in the event now
   * @param replacedBytes the bytes of the PDF this one replaces (0 if none)
   * @param newBytes the bytes of this PDF
   */
  public Optional<Problem> refuseFile(long storedBytes, long replacedBytes, long newBytes) {
    return storedBytes - replacedBytes + newBytes > maxBytes
        ? Optional.of(
            Problem.of("file", "submission.quota.bytes", Math.max(1, maxBytes / MEGABYTE)))
        : Optional.empty();
  }
}
