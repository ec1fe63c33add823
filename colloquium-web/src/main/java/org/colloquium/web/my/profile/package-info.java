/** The signed-in person's profile and password. */
package org.colloquium.web.my.profile;
