/** Signing in, and where to continue afterwards (only ever a local address). */
package org.colloquium.web.account.signin;
