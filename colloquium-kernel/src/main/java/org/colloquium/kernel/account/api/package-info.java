/**
 * The accounts area's face: signing up and in, profiles, the account directory other modules read
 * people from (as records, never entities), and the value objects of a person (e-mail address,
 * ORCID, profile).
 */
package org.colloquium.kernel.account.api;
