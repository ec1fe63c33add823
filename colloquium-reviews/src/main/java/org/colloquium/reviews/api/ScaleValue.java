package org.colloquium.reviews.api;

import java.io.Serializable;

/** One value of a criterion's scale with its labels. */
public record ScaleValue(int value, String labelEn, String labelRo) implements Serializable {}
