package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;

class SubmissionQuotaTest {

  private static final long MB = 1024L * 1024L;
  private final SubmissionQuota quota = new SubmissionQuota(20, 200 * MB);

  @Test
  void twentySubmissionsPerAccountAndEvent() {
    assertTrue(quota.refuseNew(0).isEmpty());
    assertTrue(quota.refuseNew(19).isEmpty(), "the twentieth is fine");
    Problem refused = quota.refuseNew(20).orElseThrow();
    assertEquals("submission.quota.count", refused.messageKey());
    assertEquals("", refused.field(), "about the whole form");
    assertEquals(List.of(20), refused.arguments());
  }

  @Test
  void twoHundredMegabytesOfPdfsTogether() {
    assertTrue(quota.refuseFile(190 * MB, 0, 10 * MB).isEmpty(), "exactly the limit is fine");
    Problem refused = quota.refuseFile(190 * MB, 0, 10 * MB + 1).orElseThrow();
    assertEquals("submission.quota.bytes", refused.messageKey());
    assertEquals("file", refused.field());
    assertEquals(List.of(200L), refused.arguments());
  }

  @Test
  void aReplacedFileNoLongerCounts() {
    assertTrue(quota.refuseFile(200 * MB, 10 * MB, 10 * MB).isEmpty());
    assertTrue(quota.refuseFile(200 * MB, 10 * MB, 11 * MB).isPresent());
  }

  @Test
  void aQuotaAllowsSomething() {
    assertThrows(IllegalArgumentException.class, () -> new SubmissionQuota(0, MB));
    assertThrows(IllegalArgumentException.class, () -> new SubmissionQuota(1, 0));
  }
}
