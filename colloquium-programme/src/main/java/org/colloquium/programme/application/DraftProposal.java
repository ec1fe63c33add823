package org.colloquium.programme.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a finished draft proposes, as stored with it until it is applied: the session and place of
 * every contribution it placed, the contributions it left out, and the explanations.
 *
 * @param unplaced contributions of the draft placed nowhere
 */
public record DraftProposal(
    List<Placement> placements, List<Long> unplaced, List<Explanation> explanations) {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** A contribution in a session at a place (0 first). */
  public record Placement(Long contributionId, Long sessionId, int order) {}

  /** A problem left, in the solver's words, with the contributions concerned. */
  public record Explanation(String kind, String text, List<Long> contributionIds) {}

  byte[] write() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      JSONB.toJson(this, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static DraftProposal read(byte[] content) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(content))) {
      return JSONB.fromJson(gzip, DraftProposal.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
