package org.pressroom.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Pressroom adds to JobRunr's {@code jobrunr.dashboard.*} (enabled, port, username,
 * password).
 *
 * @param bindAddress the interface the dashboard listens on: {@code 0.0.0.0} (every
 * interface, JobRunr's own behaviour, needed in a container), {@code 127.0.0.1} behind a
 * reverse proxy on the same host
 * @param allowedHosts the host names a request's {@code Host} header may name besides an
 * IP address (names other than these would be DNS rebinding: a page of another site whose
 * name was pointed at the dashboard); add the name a reverse proxy serves the dashboard
 * under
 */
@ConfigurationProperties("pressroom.dashboard")
public record DashboardProperties(@DefaultValue(DEFAULT_BIND_ADDRESS) String bindAddress,
		@DefaultValue(DEFAULT_ALLOWED_HOSTS) List<String> allowedHosts) {

	public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";

	public static final String DEFAULT_ALLOWED_HOSTS = "localhost";

	public DashboardProperties {
		if (!bindAddress.matches("[0-9a-fA-F:.]+")) {
			throw new IllegalArgumentException("pressroom.dashboard.bind-address must be an IP address, not a name");
		}
		allowedHosts = allowedHosts.stream().map(String::strip).filter((name) -> !name.isEmpty()).toList();
		for (String name : allowedHosts) {
			if (!name.matches("[A-Za-z0-9.-]+")) {
				throw new IllegalArgumentException(
						"pressroom.dashboard.allowed-hosts takes host names without port or scheme: " + name);
			}
		}
	}

	InetAddress bindInetAddress() {
		try {
			return InetAddress.getByName(this.bindAddress);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("pressroom.dashboard.bind-address is not an IP address", ex);
		}
	}

}
