package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/** One criterion of a review form. */
public record CriterionSpec(
    String key,
    CriterionKind kind,
    CriterionRole role,
    String labelEn,
    String labelRo,
    String helpEn,
    String helpRo,
    List<ScaleValue> scale,
    int weight,
    boolean required,
    boolean scored,
    FieldVisibility visibility)
    implements Serializable {}
