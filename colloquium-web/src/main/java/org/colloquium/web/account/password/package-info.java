/** A forgotten password: asking for a reset link and choosing a new password with it. */
package org.colloquium.web.account.password;
