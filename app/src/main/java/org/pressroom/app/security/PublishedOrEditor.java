package org.pressroom.app.security;

import java.util.function.Supplier;

import org.pressroom.app.api.VersionResolver;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rule for PDF and HTML downloads: anyone may read a version whose APT status is
 * PUBLISHED (the 2021 dumps' {@code Published} too), editors any version. A path naming
 * no version is let through, so that readers get the API's own 400 or 404 problem rather
 * than a 401 that hides a typo.
 */
final class PublishedOrEditor implements AuthorizationManager<RequestAuthorizationContext> {

	static final String PUBLISHED = "PUBLISHED";

	private final VersionResolver resolver;

	PublishedOrEditor(VersionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (Editors.isEditor(authentication.get())) {
			return new AuthorizationDecision(true);
		}
		String atbd = context.getVariables().get("atbdIdOrAlias");
		String major = context.getVariables().get("major");
		if (atbd == null || major == null) {
			return new AuthorizationDecision(false);
		}
		// The resolver keeps its answer for the controller: one lookup per request.
		boolean readable = this.resolver.find(context.getRequest(), atbd, major)
			.map((version) -> PUBLISHED.equalsIgnoreCase(version.status()))
			.orElse(true);
		return new AuthorizationDecision(readable);
	}

}
