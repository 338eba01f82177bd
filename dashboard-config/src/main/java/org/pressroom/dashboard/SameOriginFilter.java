package org.pressroom.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * The dashboard's browser rules, which JobRunr's server does not have (issue #12):
 * <ul>
 * <li>the {@code Host} header names an IP address or one of
 * {@code pressroom.dashboard.allowed-hosts} ({@code localhost} by default): any other
 * name is a page of another site whose name was pointed at the dashboard (DNS rebinding),
 * and would read it as its own;</li>
 * <li>a request that can change something (anything but GET, HEAD and OPTIONS) comes from
 * the dashboard's own pages: its {@code Origin}, when sent, is the dashboard's own
 * (scheme aside: a proxy may add TLS), and its {@code Sec-Fetch-Site}, when sent, is
 * {@code same-origin}. A browser keeps sending the basic-auth credentials of the
 * dashboard with a cross-site form or fetch, so credentials alone do not tell.</li>
 * </ul>
 * Refusals are 403 with a line of text; requests without those headers (curl, scripts)
 * only need the Host rule.
 */
final class SameOriginFilter extends Filter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^:]+)(?::([0-9]{1,5}))?");

	private final List<String> allowedHosts;

	SameOriginFilter(List<String> allowedHosts) {
		this.allowedHosts = allowedHosts.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
	}

	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		Optional<Authority> host = Authority.ofHostHeader(exchange.getRequestHeaders().getFirst("Host"));
		if (host.isEmpty() || !isAllowed(host.get().name())) {
			refuse(exchange, "the Host header names no address or name this dashboard answers to "
					+ "(pressroom.dashboard.allowed-hosts)");
			return;
		}
		if (!SAFE_METHODS.contains(exchange.getRequestMethod().toUpperCase(Locale.ROOT))) {
			String origin = exchange.getRequestHeaders().getFirst("Origin");
			if (origin != null && !Authority.ofOrigin(origin).equals(host)) {
				refuse(exchange, "a request from another site's page");
				return;
			}
			String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
			if (site != null && !site.equalsIgnoreCase("same-origin")) {
				refuse(exchange, "a request from another site's page");
				return;
			}
		}
		chain.doFilter(exchange);
	}

	@Override
	public String description() {
		return "Pressroom's Host and same-origin rules";
	}

	private boolean isAllowed(String name) {
		return name.startsWith("[") || name.matches("[0-9.]+") || this.allowedHosts.contains(name);
	}

	private static void refuse(HttpExchange exchange, String why) throws IOException {
		byte[] body = ("Refused: " + why + "\n").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(403, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	/**
	 * A host name (lower case; an IPv6 address in brackets) and a port, -1 for the
	 * scheme's default.
	 */
	record Authority(String name, int port) {

		static Optional<Authority> ofHostHeader(String value) {
			if (value == null) {
				return Optional.empty();
			}
			Matcher matcher = HOST.matcher(value.strip());
			if (!matcher.matches()) {
				return Optional.empty();
			}
			int port = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : -1;
			return Optional
				.of(new Authority(matcher.group(1).toLowerCase(Locale.ROOT), (port == 80 || port == 443) ? -1 : port));
		}

		/**
		 * Empty for {@code null} (sandboxed or privacy-sensitive origins) and for
		 * anything unreadable.
		 */
		static Optional<Authority> ofOrigin(String value) {
			try {
				URI origin = new URI(value.strip());
				if (origin.getHost() == null) {
					return Optional.empty();
				}
				int port = origin.getPort();
				return Optional.of(new Authority(origin.getHost().toLowerCase(Locale.ROOT),
						(port == 80 || port == 443) ? -1 : port));
			}
			catch (URISyntaxException ex) {
				return Optional.empty();
			}
		}

	}

}
