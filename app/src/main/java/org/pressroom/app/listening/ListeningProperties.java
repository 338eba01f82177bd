package org.pressroom.app.listening;

import java.time.Duration;

import org.pressroom.core.notification.NotificationProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled run the change listener on this node (the recurring backlog scan dispatches without it)
 * @param listen hold a LISTEN connection; false is poll-only mode, for a transaction-mode pooler such as PgBouncer
 * @param pollInterval how often to drain without a notification: the safety net under LISTEN, the only trigger in
 * poll-only mode
 * @param reconnectInitialDelay first wait after a lost connection, doubling up to {@code reconnectMaxDelay}
 * @param reconnectMaxDelay longest wait between reconnect attempts
 */
@ConfigurationProperties("pressroom.listening")
public record ListeningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean listen,
		@DefaultValue(DEFAULT_POLL_INTERVAL) Duration pollInterval,
		@DefaultValue(DEFAULT_RECONNECT_INITIAL_DELAY) Duration reconnectInitialDelay,
		@DefaultValue(DEFAULT_RECONNECT_MAX_DELAY) Duration reconnectMaxDelay) {

	/** The channel V4's triggers notify. */
	public static final String CHANNEL = "pressroom_changes";

	public static final String DEFAULT_POLL_INTERVAL = "5s";

	public static final String DEFAULT_RECONNECT_INITIAL_DELAY = "200ms";

	public static final String DEFAULT_RECONNECT_MAX_DELAY = "30s";

	NotificationProperties notification() {
		return new NotificationProperties(this.listen, this.pollInterval, this.reconnectInitialDelay,
				this.reconnectMaxDelay);
	}

}
