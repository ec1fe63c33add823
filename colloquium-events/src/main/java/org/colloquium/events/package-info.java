/**
 * Events: conferences with their dates, place, online attendance, organisers and partners, their
 * calls for papers and the people who hold a role in them. Depends on the kernel only.
 */
package org.colloquium.events;
