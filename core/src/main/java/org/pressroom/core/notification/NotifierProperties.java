package org.pressroom.core.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link Notifier} reconnects; on every node, under the prefix of the app's
 * change listening, where they were documented first.
 *
 * @param reconnectInitialDelay first wait after a lost connection, doubling up to
 * {@code reconnectMaxDelay}
 * @param reconnectMaxDelay longest wait between reconnect attempts
 */
@ConfigurationProperties("pressroom.listening")
public record NotifierProperties(@DefaultValue(DEFAULT_RECONNECT_INITIAL_DELAY) Duration reconnectInitialDelay,
		@DefaultValue(DEFAULT_RECONNECT_MAX_DELAY) Duration reconnectMaxDelay) {

	public static final String DEFAULT_RECONNECT_INITIAL_DELAY = "200ms";

	public static final String DEFAULT_RECONNECT_MAX_DELAY = "30s";

	public NotifierProperties {
		if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
			throw new IllegalArgumentException("reconnect max delay must not be shorter than the initial delay");
		}
	}

}
