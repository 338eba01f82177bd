package org.pressroom.core.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while a {@link NotificationLoop} holds its connection, DOWN while it reconnects (the database is away, or
 * refuses the session), OUT_OF_SERVICE once stopped. Readiness, not liveness: the loop reconnects by itself, so a
 * restart would not help.
 */
public class NotificationHealthIndicator implements HealthIndicator {

	private final NotificationLoop loop;

	public NotificationHealthIndicator(NotificationLoop loop) {
		this.loop = loop;
	}

	@Override
	public Health health() {
		Health.Builder health;
		if (!this.loop.isRunning()) {
			health = Health.outOfService();
		}
		else if (this.loop.isConnected()) {
			health = Health.up();
		}
		else {
			health = Health.down();
		}
		health.withDetail("channel", this.loop.channel());
		if (this.loop.lastError() != null) {
			health.withDetail("lastError", this.loop.lastError());
		}
		return health.build();
	}

}
