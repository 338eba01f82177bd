package org.pressroom.app.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

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
 * The local run's frictionless access
 * ({@code pressroom.security.anonymous-loopback-editor}): a request from a loopback
 * address, to a loopback host name, that carries no credentials is an editor, so the
 * README's curl lines work as they are. Every request a browser makes is left anonymous:
 * it carries {@code Origin} or a {@code Sec-Fetch-*} header (browsers send those even on
 * a same-origin {@code fetch}, which has no Origin), and a page, even one the API serves,
 * must not read editor answers or re-render documents through it. The host name must be
 * {@code localhost} or a loopback address, so that a page whose own name was pointed at
 * 127.0.0.1 (DNS rebinding, where browsers send no {@code Sec-Fetch-*}) is anonymous too.
 * Off by default; behind a reverse proxy on the same host every request would come from
 * loopback ({@link LoopbackEditorGuard}).
 */
final class LoopbackEditorFilter extends OncePerRequestFilter {

	static final String LOOPBACK_EDITOR = "anonymous-loopback-editor";

	/**
	 * What browsers send and curl does not (Fetch Metadata, and the Origin of CORS and of
	 * most POSTs).
	 */
	static final List<String> BROWSER_HEADERS = List.of(HttpHeaders.ORIGIN, "Sec-Fetch-Site", "Sec-Fetch-Mode",
			"Sec-Fetch-Dest", "Sec-Fetch-User");

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.contexts.getContext().getAuthentication() == null
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && !fromABrowser(request)
				&& isLoopback(request.getRemoteAddr()) && isLoopbackHost(request.getServerName())) {
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(LOOPBACK_EDITOR, null, Editors.AUTHORITIES));
			this.contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private static boolean fromABrowser(HttpServletRequest request) {
		return BROWSER_HEADERS.stream().anyMatch((header) -> request.getHeader(header) != null);
	}

	/**
	 * {@code localhost} (and names under it, RFC 6761) or a loopback address, as the Host
	 * header names it.
	 */
	static boolean isLoopbackHost(String serverName) {
		if (serverName == null) {
			return false;
		}
		String name = serverName.toLowerCase();
		return name.equals("localhost") || name.endsWith(".localhost") || isLoopback(name);
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
