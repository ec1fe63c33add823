/** /review/events/{slug}/tracks: a track chair assigns the submissions of the tracks they chair. */
package org.colloquium.web.review.tracks;
