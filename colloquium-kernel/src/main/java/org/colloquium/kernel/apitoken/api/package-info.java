/** The API tokens area's face: issuing, listing and revoking personal tokens, and checking one. */
package org.colloquium.kernel.apitoken.api;
