/** Signing up and confirming the e-mail address. */
package org.colloquium.web.account.signup;
