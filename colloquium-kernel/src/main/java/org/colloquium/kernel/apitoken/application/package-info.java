/**
 * Use cases of personal API tokens: create one (its secret is shown once), list and revoke one's
 * own, and recognise the caller of an API request by the secret it presents.
 */
package org.colloquium.kernel.apitoken.application;
