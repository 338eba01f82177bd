/**
 * The REST API under {@code /api/atbds/{atbdIdOrAlias}/versions/{major}}: serialization
 * status with errors, downloads of the current PDF and HTML, and a forced re-render.
 * Errors are RFC 9457 problem details.
 */
package org.pressroom.app.api;
