/**
 * Glue between Jakarta Faces and the rest: form actions that post back to the public address,
 * domain problems shown next to their fields, and answering 403/404 from a page.
 */
package org.colloquium.web.faces;
