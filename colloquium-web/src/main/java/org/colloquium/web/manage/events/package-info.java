/**
 * Creating an event (from scratch or as the next edition), its dashboard with publishing, and
 * editing its details, partners, materials, tracks and presentation types.
 */
package org.colloquium.web.manage.events;
