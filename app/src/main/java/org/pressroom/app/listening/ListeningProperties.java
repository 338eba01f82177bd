package org.pressroom.app.listening;

import java.time.Duration;

import org.pressroom.core.notification.NotifierProperties;
import org.pressroom.core.notification.SubscriberProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app's change listener waits. The reconnect backoff
 * ({@code pressroom.listening.reconnect-initial-delay}, {@code reconnect-max-delay})
 * belongs to the JVM's one notifier, shared with a worker's wake-up:
 * {@link NotifierProperties}.
 *
 * @param enabled run the change listener on this node (the recurring backlog scan
 * dispatches without it)
 * @param listen LISTEN for changes; false is poll-only mode, for a transaction-mode
 * pooler such as PgBouncer
 * @param pollInterval how often to drain without a notification: the safety net under
 * LISTEN, the only trigger in poll-only mode
 */
@ConfigurationProperties("pressroom.listening")
public record ListeningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean listen,
		@DefaultValue(DEFAULT_POLL_INTERVAL) Duration pollInterval) {

	/** The channel V4's triggers notify. */
	public static final String CHANNEL = "pressroom_changes";

	public static final String DEFAULT_POLL_INTERVAL = "5s";

	public ListeningProperties {
		new SubscriberProperties(listen, pollInterval); // fails at start on a poll
														// interval under 100ms
	}

	SubscriberProperties subscriber() {
		return new SubscriberProperties(this.listen, this.pollInterval);
	}

}
