/** Personal API tokens: creating one (shown once), listing and revoking them. */
package org.colloquium.web.my.tokens;
