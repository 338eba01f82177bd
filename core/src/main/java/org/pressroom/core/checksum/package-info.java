/**
 * The content checksum: SHA-256 over a canonical JSON of everything that is rendered
 * (DESIGN §4). The same JSON is uploaded as {@code document.json}, so what was hashed is
 * what was rendered.
 */
package org.pressroom.core.checksum;
