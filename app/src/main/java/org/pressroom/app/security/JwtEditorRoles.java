package org.pressroom.app.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Makes a JWT's subject an editor when its roles claim
 * ({@code pressroom.security.jwt-roles-claim}, {@code scope} by default; dots walk into
 * nested objects, e.g. Keycloak's {@code realm_access.roles}) holds the editor role. A
 * valid JWT without it authenticates but is refused editor requests with 403.
 */
final class JwtEditorRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final List<String> claimPath;

	private final String editorRole;

	JwtEditorRoles(String rolesClaim, String editorRole) {
		this.claimPath = List.of(rolesClaim.split("\\."));
		this.editorRole = editorRole;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		boolean editor = values(jwt).contains(this.editorRole);
		return new JwtAuthenticationToken(jwt, editor ? Editors.AUTHORITIES : List.of(), jwt.getSubject());
	}

	private Collection<?> values(Jwt jwt) {
		Object value = jwt.getClaims();
		for (String name : this.claimPath) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(name);
		}
		if (value instanceof String text) {
			return Arrays.asList(text.split(" "));
		}
		return (value instanceof Collection<?> collection) ? collection : List.of();
	}

}
