/**
 * Use cases of peer review: each service method is one transaction, checks the actor's rights and
 * the conflicts of interest first, and answers records, never entities.
 */
package org.colloquium.reviews.application;
