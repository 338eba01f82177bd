package org.pressroom.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Editor credentials. JWTs are on when Spring's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
 * {@code public-key-location} is set.
 *
 * @param editorTokens static bearer tokens that make an editor, each the token itself (at
 * least {@value EditorTokens#MIN_LENGTH} characters) or {@code sha256:} and the hex
 * SHA-256 of it; only the hashes are kept
 * @param anonymousLoopbackEditor treat requests from a loopback address without an
 * {@code Authorization} or {@code Origin} header as an editor: for the local run only,
 * never behind a reverse proxy on the same host
 * @param jwtRolesClaim the JWT claim that lists roles or scopes, a string of
 * space-separated values or an array; dots walk into nested objects
 * ({@code realm_access.roles})
 * @param jwtEditorRole the value in {@code jwtRolesClaim} that makes an editor
 */
@ConfigurationProperties("pressroom.security")
public record ApiSecurityProperties(@DefaultValue List<String> editorTokens,
		@DefaultValue("false") boolean anonymousLoopbackEditor,
		@DefaultValue(DEFAULT_JWT_ROLES_CLAIM) String jwtRolesClaim,
		@DefaultValue(DEFAULT_JWT_EDITOR_ROLE) String jwtEditorRole) {

	public static final String DEFAULT_JWT_ROLES_CLAIM = "scope";

	public static final String DEFAULT_JWT_EDITOR_ROLE = "pressroom:editor";

	public ApiSecurityProperties {
		// Hash at binding, so no bean ever holds a token; the environment still does, as
		// for any secret.
		editorTokens = editorTokens.stream()
			.map(String::strip)
			.filter((token) -> !token.isEmpty())
			.map(EditorTokens::hashed)
			.toList();
		if (jwtRolesClaim.isBlank() || jwtEditorRole.isBlank()) {
			throw new IllegalArgumentException(
					"pressroom.security.jwt-roles-claim and jwt-editor-role must not be blank");
		}
	}

	@Override
	public String toString() {
		return "ApiSecurityProperties[editorTokens=" + this.editorTokens.size() + " hashed, anonymousLoopbackEditor="
				+ this.anonymousLoopbackEditor + ", jwtRolesClaim=" + this.jwtRolesClaim + ", jwtEditorRole="
				+ this.jwtEditorRole + "]";
	}

}
