/**
 * The public site, for every visitor: one sub-package per feature (home, events, news), as in every
 * audience package of the web module.
 */
package org.colloquium.web.site;
