package org.colloquium.programme.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.colloquium.programme.api.PublishedProgramme;

/**
 * A release's frozen content as it is stored: the gzip of its JSON. JSON rather than Java
 * serialisation so that a release published today still reads after the records gain a field (a
 * missing field reads as null); gzip because abstracts are most of it and compress to a quarter.
 */
final class ReleaseContent {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ReleaseContent() {}

  static byte[] write(PublishedProgramme programme) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      JSONB.toJson(programme, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static PublishedProgramme read(byte[] content) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(content))) {
      return JSONB.fromJson(gzip, PublishedProgramme.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
