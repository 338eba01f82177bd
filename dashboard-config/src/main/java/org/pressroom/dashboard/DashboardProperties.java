package org.pressroom.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Pressroom adds to JobRunr's {@code jobrunr.dashboard.*} (enabled, port, username, password).
 *
 * @param bindAddress the interface the dashboard listens on: {@code 0.0.0.0} (every interface, JobRunr's own
 * behaviour, needed in a container), {@code 127.0.0.1} behind a reverse proxy on the same host
 */
@ConfigurationProperties("pressroom.dashboard")
public record DashboardProperties(@DefaultValue(DEFAULT_BIND_ADDRESS) String bindAddress) {

	public static final String DEFAULT_BIND_ADDRESS = "0.0.0.0";

	public DashboardProperties {
		if (!bindAddress.matches("[0-9a-fA-F:.]+")) {
			throw new IllegalArgumentException("pressroom.dashboard.bind-address must be an IP address, not a name");
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
