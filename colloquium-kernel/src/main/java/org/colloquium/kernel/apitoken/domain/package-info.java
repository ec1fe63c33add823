/**
 * Personal API tokens: a secret an account holder creates to let a script act as them through the
 * JSON API, stored only as a hash, revocable at any time.
 */
package org.colloquium.kernel.apitoken.domain;
