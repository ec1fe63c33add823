/** The administrators' overview page. */
package org.colloquium.web.admin.home;
