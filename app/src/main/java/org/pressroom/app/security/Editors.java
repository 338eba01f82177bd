package org.pressroom.app.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

/** The one role the API knows: an editor may read everything and request re-renders. */
final class Editors {

	static final String ROLE = "EDITOR";

	static final List<GrantedAuthority> AUTHORITIES = AuthorityUtils.createAuthorityList("ROLE_" + ROLE);

	private Editors() {
	}

	static boolean isEditor(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(AUTHORITIES.get(0)::equals);
	}

}
