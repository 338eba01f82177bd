/**
 * Who may call the REST API: readers get the PDF and HTML of published versions
 * anonymously; everything else needs an editor, identified by a bearer token from the
 * environment or a JWT from an OIDC issuer. Failures are RFC 9457 problems with a
 * {@code WWW-Authenticate} header.
 */
package org.pressroom.app.security;
