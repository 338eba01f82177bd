package org.pressroom.worker.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkInterval how often the watchdog looks at JobRunr's background server
 * @param takeoverInterval how often a worker looks for renders of workers that died, and
 * admits renders
 * @param takeoverGrace how long a worker's liveness lock must be gone before its renders
 * are taken over: longer than a worker needs to reconnect after a database blip, short
 * enough that a render restarts within seconds
 */
@ConfigurationProperties("pressroom.recovery")
public record RecoveryProperties(@DefaultValue(DEFAULT_CHECK_INTERVAL) Duration checkInterval,
		@DefaultValue(DEFAULT_TAKEOVER_INTERVAL) Duration takeoverInterval,
		@DefaultValue(DEFAULT_TAKEOVER_GRACE) Duration takeoverGrace) {

	public static final String DEFAULT_CHECK_INTERVAL = "5s";

	public static final String DEFAULT_TAKEOVER_INTERVAL = "1s";

	public static final String DEFAULT_TAKEOVER_GRACE = "2s";

	public RecoveryProperties {
		if (takeoverInterval.toMillis() < 100) {
			throw new IllegalArgumentException("pressroom.recovery.takeover-interval must be at least 100ms");
		}
		if (takeoverGrace.isNegative()) {
			throw new IllegalArgumentException("pressroom.recovery.takeover-grace must not be negative");
		}
	}

}
