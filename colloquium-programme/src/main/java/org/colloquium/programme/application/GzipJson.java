package org.colloquium.programme.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Records kept in a database column as the gzip of their JSON: releases and drafts' proposals. JSON
 * rather than Java serialisation so that what was stored today still reads after the records gain a
 * field (a missing field reads as null); gzip because abstracts are most of a release and compress
 * to a quarter.
 */
final class GzipJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private GzipJson() {}

  static byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      JSONB.toJson(value, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static <T> T read(byte[] content, Class<T> type) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(content))) {
      return JSONB.fromJson(gzip, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
