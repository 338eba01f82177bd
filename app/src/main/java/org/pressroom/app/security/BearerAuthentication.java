package org.pressroom.app.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Checks a bearer token: first against the configured editor tokens, then, when an OIDC
 * issuer is configured, as a JWT. Neither the token nor a part of it goes into an
 * exception message, so no log or response repeats it.
 */
final class BearerAuthentication implements AuthenticationManager {

	/**
	 * The principal name of a static-token editor: the token says nothing about who uses
	 * it.
	 */
	static final String TOKEN_EDITOR = "editor-token";

	private final EditorTokens tokens;

	private final JwtAuthenticationProvider jwt;

	BearerAuthentication(EditorTokens tokens, JwtDecoder jwtDecoder, JwtEditorRoles roles) {
		this.tokens = tokens;
		if (jwtDecoder == null) {
			this.jwt = null;
		}
		else {
			this.jwt = new JwtAuthenticationProvider(jwtDecoder);
			this.jwt.setJwtAuthenticationConverter(roles);
		}
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		BearerTokenAuthenticationToken bearer = (BearerTokenAuthenticationToken) authentication;
		if (this.tokens.matches(bearer.getToken())) {
			return UsernamePasswordAuthenticationToken.authenticated(TOKEN_EDITOR, null, Editors.AUTHORITIES);
		}
		if (this.jwt != null && looksLikeJwt(bearer.getToken())) {
			return this.jwt.authenticate(bearer);
		}
		throw new InvalidBearerTokenException("The bearer token is not a valid editor credential");
	}

	private static boolean looksLikeJwt(String token) {
		return token.chars().filter((c) -> c == '.').count() == 2;
	}

}
