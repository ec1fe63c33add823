/**
 * The programme's share of the demo data: the published programme of "20 Months After…" (9–11
 * November 2023) and the rooms of the IIIrd Annual Conference, whose programme is still to be made.
 */
package org.colloquium.programme.demo;
