/** The languages Colloquium speaks: every label, mail and page exists in each of them. */
package org.colloquium.kernel.i18n;
