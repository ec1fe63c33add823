package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/** The organisers' files and media page. */
public record MaterialsOverview(List<AttachmentEntry> attachments, List<MediaLinkEntry> mediaLinks)
    implements Serializable {}
