/**
 * Glue between Jakarta Faces and the rest: form actions that post back to the public address,
 * domain problems shown next to their fields, message keys resolved for OmniFaces' {@code
 * Messages}, the one exception handler that answers not-found (404), access-denied (403) and
 * conflicts (a message) for every page, stateless views, and reading uploads.
 */
package org.colloquium.web.faces;
