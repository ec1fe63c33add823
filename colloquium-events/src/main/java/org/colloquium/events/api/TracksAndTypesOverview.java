package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/** What the tracks page shows: tracks, presentation types and who may chair a track. */
public record TracksAndTypesOverview(
    List<TrackEntry> tracks, List<PresentationTypeEntry> types, List<ChairCandidate> committee)
    implements Serializable {}
