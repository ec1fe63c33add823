package org.colloquium.programme.api;

import java.io.Serializable;

/**
 * A release's PDF, ready to serve: its bytes never change, so its hash is its ETag.
 *
 * @param version the release it belongs to
 */
public record ReleasePdf(int version, PdfKind kind, String sha256, byte[] bytes)
    implements Serializable {}
