package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtEditorRolesTest {

	@Test
	void findsTheEditorRoleInASpaceSeparatedScope() {
		JwtEditorRoles roles = new JwtEditorRoles("scope", "pressroom:editor");

		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("scope", "openid pressroom:editor"))))).isTrue();
		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("scope", "openid pressroom:editors"))))).isFalse();
		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("other", "pressroom:editor"))))).isFalse();
	}

	@Test
	void walksIntoNestedClaimsAndReadsArrays() {
		JwtEditorRoles roles = new JwtEditorRoles("realm_access.roles", "editor");

		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("editor")))))))
			.isTrue();
		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("viewer")))))))
			.isFalse();
		assertThat(Editors.isEditor(roles.convert(jwt(Map.of("realm_access", "editor"))))).isFalse();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("ann")
			.claims((all) -> all.putAll(claims))
			.issuedAt(Instant.now())
			.build();
	}

}
