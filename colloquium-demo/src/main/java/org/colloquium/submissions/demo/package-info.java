/**
 * The submissions module's share of the demo data: submissions to the demo conferences' calls, so
 * that the organisers' table, statistics and exports have something to show on a first start.
 */
package org.colloquium.submissions.demo;
