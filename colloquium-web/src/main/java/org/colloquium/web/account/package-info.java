/**
 * Pages of the account life cycle: sign up, confirm the address, sign in, forgotten and reset
 * password. One backing bean per use case, each only translating between the form and a kernel
 * service.
 */
package org.colloquium.web.account;
