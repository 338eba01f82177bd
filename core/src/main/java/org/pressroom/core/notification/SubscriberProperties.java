package org.pressroom.core.notification;

import java.time.Duration;

/**
 * How a {@link Subscriber} waits.
 *
 * @param listen have the notifier LISTEN on its channel; false is poll-only mode, for a
 * transaction-mode pooler such as PgBouncer
 * @param pollInterval how often the action runs without a notification: the safety net
 * under LISTEN
 */
public record SubscriberProperties(boolean listen, Duration pollInterval) {

	public SubscriberProperties {
		if (pollInterval.toMillis() < 100) {
			throw new IllegalArgumentException("poll interval must be at least 100ms");
		}
	}

}
