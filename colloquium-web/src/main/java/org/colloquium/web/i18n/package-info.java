/**
 * The visitor's language (English or Romanian) and how dates, times and countries are written in
 * it. Every label lives in the Messages resource bundles.
 */
package org.colloquium.web.i18n;
