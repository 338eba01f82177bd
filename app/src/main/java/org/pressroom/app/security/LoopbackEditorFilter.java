package org.pressroom.app.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The local run's frictionless access ({@code pressroom.security.anonymous-loopback-editor}): a request from a
 * loopback address that carries no credentials is an editor, so the README's curl lines work as they are. Requests
 * with an {@code Origin} header are left anonymous: that is a browser, and a web page must not re-render documents
 * through it. Off by default; behind a reverse proxy on the same host every request would come from loopback.
 */
final class LoopbackEditorFilter extends OncePerRequestFilter {

	static final String LOOPBACK_EDITOR = "anonymous-loopback-editor";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.contexts.getContext().getAuthentication() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getHeader(HttpHeaders.ORIGIN) == null && isLoopback(request.getRemoteAddr())) {
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(LOOPBACK_EDITOR, null, Editors.AUTHORITIES));
			this.contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

	static boolean isLoopback(String address) {
		if (address == null || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
			return false;
		}
		try {
			// A literal address: no name lookup happens.
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
