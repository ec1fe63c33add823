package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.events.api.Choice;

/**
 * The choices of the organisers' filters: the event's tracks and types, languages and countries in
 * use.
 */
public record FilterOptions(
    List<Choice> tracks,
    List<Choice> presentationTypes,
    List<String> languages,
    List<String> countries,
    ZoneId zone)
    implements Serializable {}
