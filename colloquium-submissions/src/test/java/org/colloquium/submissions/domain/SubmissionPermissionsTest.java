package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionState;
import org.junit.jupiter.api.Test;

class SubmissionPermissionsTest {

  private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");
  private static final Long SUBMITTER = 10L;
  private static final Long SOMEONE = 11L;

  private static Submission submission() {
    SubmissionContent content =
        new SubmissionContent(
            "Title",
            "Text",
            List.of(),
            null,
            null,
            "en",
            List.of(
                new SubmissionContent.Author(
                    "Me", new EmailAddress("me@example.org"), null, null, null, true, true),
                new SubmissionContent.Author(
                    "Ed", new EmailAddress("ed@example.org"), null, null, null, false, true),
                new SubmissionContent.Author(
                    "Co", new EmailAddress("co@example.org"), null, null, null, false, false)));
    return new Submission(1L, 1, SUBMITTER, "k", content, T0);
  }

  @Test
  void rolesFollowTheAccountAndTheAddress() {
    Submission s = submission();
    assertEquals(
        SubmissionRole.SUBMITTER, SubmissionPermissions.roleOf(s, SUBMITTER, "x@y.org", false));
    assertEquals(
        SubmissionRole.EDITING_AUTHOR,
        SubmissionPermissions.roleOf(s, SOMEONE, "ed@example.org", false));
    assertEquals(
        SubmissionRole.AUTHOR, SubmissionPermissions.roleOf(s, SOMEONE, "co@example.org", false));
    assertEquals(
        SubmissionRole.NONE, SubmissionPermissions.roleOf(s, SOMEONE, "other@example.org", false));
    assertEquals(SubmissionRole.NONE, SubmissionPermissions.roleOf(s, null, null, false));
  }

  @Test
  void organisersSeeWhatWasHandedInAndWithdrawnButNeverDrafts() {
    Submission s = submission();
    assertEquals(
        SubmissionRole.NONE, SubmissionPermissions.roleOf(s, SOMEONE, "org@example.org", true));
    s.submit(T0);
    assertEquals(
        SubmissionRole.ORGANISER,
        SubmissionPermissions.roleOf(s, SOMEONE, "org@example.org", true));
    s.withdraw(T0);
    assertEquals(
        SubmissionRole.ORGANISER,
        SubmissionPermissions.roleOf(s, SOMEONE, "org@example.org", true));
  }

  @Test
  void editingNeedsAnEditorAnOpenCallAndALiveSubmission() {
    assertEquals(
        Optional.empty(),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, true));
    assertEquals(
        Optional.empty(),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.EDITING_AUTHOR, SubmissionState.DRAFT, true));
    assertEquals(
        Optional.of(ReadOnlyReason.DEADLINE_PASSED),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, false));
    assertEquals(
        Optional.of(ReadOnlyReason.WITHDRAWN),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER, SubmissionState.WITHDRAWN, true));
    assertEquals(
        Optional.of(ReadOnlyReason.NOT_AN_EDITOR),
        SubmissionPermissions.whyNotEditable(SubmissionRole.AUTHOR, SubmissionState.DRAFT, true));
    assertEquals(
        Optional.of(ReadOnlyReason.NOT_AN_EDITOR),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.ORGANISER, SubmissionState.SUBMITTED, true));
  }

  @Test
  void onlyTheSubmitterWithdrawsAndOnlyWhileTheCallIsOpen() {
    assertTrue(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, true));
    assertFalse(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.EDITING_AUTHOR, SubmissionState.SUBMITTED, true));
    assertFalse(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, false));
    assertFalse(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.SUBMITTER, SubmissionState.WITHDRAWN, true));
  }

  private static final Instant CAMERA_READY = T0.plusSeconds(86_400);

  private static Optional<ReadOnlyReason> afterDecision(
      SubmissionRole role, boolean presented, boolean callOpen, Instant now) {
    return SubmissionPermissions.whyNotEditable(
        role,
        SubmissionState.SUBMITTED,
        callOpen,
        new SubmissionPermissions.Decided(presented, CAMERA_READY),
        now);
  }

  @Test
  void anAcceptanceOpensTheFinalVersionUntilTheCameraReadyDateWhateverTheCall() {
    for (boolean callOpen : new boolean[] {true, false}) {
      assertEquals(Optional.empty(), afterDecision(SubmissionRole.SUBMITTER, true, callOpen, T0));
      assertEquals(
          Optional.empty(),
          afterDecision(SubmissionRole.EDITING_AUTHOR, true, callOpen, CAMERA_READY.minusNanos(1)));
      assertEquals(
          Optional.of(ReadOnlyReason.FINAL_VERSION_CLOSED),
          afterDecision(SubmissionRole.SUBMITTER, true, callOpen, CAMERA_READY));
      assertEquals(
          Optional.of(ReadOnlyReason.NOT_AN_EDITOR),
          afterDecision(SubmissionRole.AUTHOR, true, callOpen, T0));
    }
    assertTrue(
        SubmissionPermissions.editsFinalVersion(
            SubmissionState.SUBMITTED, new SubmissionPermissions.Decided(true, null)));
    assertEquals(
        Optional.empty(),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER,
            SubmissionState.SUBMITTED,
            false,
            new SubmissionPermissions.Decided(true, null),
            T0.plusSeconds(10_000_000)),
        "no end given: open");
  }

  @Test
  void aDecisionThatPresentsNothingClosesTheSubmissionEvenWhileTheCallIsOpen() {
    assertEquals(
        Optional.of(ReadOnlyReason.DECIDED),
        afterDecision(SubmissionRole.SUBMITTER, false, true, T0));
    assertFalse(
        SubmissionPermissions.editsFinalVersion(
            SubmissionState.SUBMITTED, new SubmissionPermissions.Decided(false, CAMERA_READY)));
    assertFalse(SubmissionPermissions.editsFinalVersion(SubmissionState.SUBMITTED, null));
  }

  @Test
  void withoutADecisionTheCallDecidesAsBefore() {
    assertEquals(
        Optional.of(ReadOnlyReason.DEADLINE_PASSED),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, false, null, T0));
    assertEquals(
        Optional.of(ReadOnlyReason.WITHDRAWN),
        SubmissionPermissions.whyNotEditable(
            SubmissionRole.SUBMITTER,
            SubmissionState.WITHDRAWN,
            true,
            new SubmissionPermissions.Decided(true, CAMERA_READY),
            T0));
  }

  @Test
  void nobodyWithdrawsADecidedSubmission() {
    assertTrue(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.SUBMITTER, SubmissionState.SUBMITTED, true, null));
    assertFalse(
        SubmissionPermissions.canWithdraw(
            SubmissionRole.SUBMITTER,
            SubmissionState.SUBMITTED,
            true,
            new SubmissionPermissions.Decided(true, CAMERA_READY)));
  }
}
