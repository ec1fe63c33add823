/** "My area": what a signed-in person sees of their own account, profile and password. */
package org.colloquium.web.my;
