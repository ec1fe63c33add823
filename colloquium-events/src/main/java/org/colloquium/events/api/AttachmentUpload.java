package org.colloquium.events.api;

import org.colloquium.kernel.i18n.Language;

/** A PDF an organiser attaches: what it is, its title and language, its name and bytes. */
public record AttachmentUpload(
    AttachmentKind kind, String title, Language language, String uploadedName, byte[] bytes) {}
