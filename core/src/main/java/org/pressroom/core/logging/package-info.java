/**
 * What Pressroom adds to log lines: the ATBD id, major version and checksum a dispatch or
 * render works on, as MDC entries that structured logging writes as fields.
 */
package org.pressroom.core.logging;
