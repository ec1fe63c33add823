/** The start page of the signed-in person's own area. */
package org.colloquium.web.my.home;
