/** Stub. */
package org.colloquium.reviews.domain.form;
