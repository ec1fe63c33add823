/**
 * Demo content loaded on the first start of an empty database (unless COLLOQUIUM_DEMO_DATA is
 * false): each module contributes its part through {@link org.colloquium.kernel.demo.DemoContent}.
 */
package org.colloquium.kernel.demo;
