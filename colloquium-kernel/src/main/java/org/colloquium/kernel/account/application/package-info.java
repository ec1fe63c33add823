/**
 * Use cases of accounts: sign up and confirm the address, sign in (with throttling), reset and
 * change the password, edit the profile. Services here are the transaction boundary.
 */
package org.colloquium.kernel.account.application;
