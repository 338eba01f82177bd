package org.pressroom.app.security;

import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the anonymous loopback editor where the client's address comes from a
 * header: with {@code server.forward-headers-strategy} {@code native} or
 * {@code framework} (or unset on a cloud platform that Spring Boot trusts forward headers
 * on), any client that sends {@code X-Forwarded-For: 127.0.0.1} would be an editor.
 */
final class LoopbackEditorGuard {

	static final String FORWARD_HEADERS_STRATEGY = "server.forward-headers-strategy";

	private LoopbackEditorGuard() {
	}

	static void verify(boolean anonymousLoopbackEditor, Environment environment) {
		if (!anonymousLoopbackEditor) {
			return;
		}
		String strategy = environment.getProperty(FORWARD_HEADERS_STRATEGY, "").strip().toLowerCase();
		CloudPlatform platform = CloudPlatform.getActive(environment);
		boolean forwarded = strategy.equals("native") || strategy.equals("framework")
				|| (strategy.isEmpty() && platform != null && platform.isUsingForwardHeaders());
		if (forwarded) {
			throw new IllegalStateException("pressroom.security.anonymous-loopback-editor=true makes every request "
					+ "from a loopback address an editor, and " + FORWARD_HEADERS_STRATEGY + "="
					+ (strategy.isEmpty() ? "(the " + platform + " default)" : strategy)
					+ " takes that address from X-Forwarded-For, which any client can send: turn one of them off "
					+ "(PRESSROOM_SECURITY_ANONYMOUS_LOOPBACK_EDITOR=false behind a proxy)");
		}
	}

}
