package org.pressroom.core.notification;

import java.time.Duration;

/**
 * How a {@link NotificationLoop} waits.
 *
 * @param listen hold a LISTEN connection; false is poll-only mode, for a transaction-mode pooler such as PgBouncer
 * @param pollInterval how often the action runs without a notification: the safety net under LISTEN
 * @param reconnectInitialDelay first wait after a lost connection, doubling up to {@code reconnectMaxDelay}
 * @param reconnectMaxDelay longest wait between reconnect attempts
 */
public record NotificationProperties(boolean listen, Duration pollInterval, Duration reconnectInitialDelay,
		Duration reconnectMaxDelay) {

	public NotificationProperties {
		if (pollInterval.toMillis() < 100) {
			throw new IllegalArgumentException("poll interval must be at least 100ms");
		}
		if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
			throw new IllegalArgumentException("reconnect max delay must not be shorter than the initial delay");
		}
	}

}
