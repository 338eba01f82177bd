package org.pressroom.core.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * The change requests waiting for dispatch.
 *
 * @param pending how many versions have a change not dispatched yet
 * @param oldestChangedAt the last change of the version that waits longest, or null when
 * none waits
 */
public record Backlog(long pending, Instant oldestChangedAt) {

	/** How long the oldest request has waited at {@code now}; zero when none waits. */
	public Duration oldestAge(Instant now) {
		if (this.oldestChangedAt == null || this.oldestChangedAt.isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(this.oldestChangedAt, now);
	}

}
