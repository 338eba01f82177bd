package org.pressroom.core.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one {@link Subscriber}: UP while the JVM's notification connection is up
 * and the subscriber's last run succeeded; DOWN while the connection is away (the
 * database is, or refuses the session) or the last run failed, with the reason;
 * OUT_OF_SERVICE once the subscriber stopped. Readiness, not liveness: both recover by
 * themselves, so a restart would not help.
 */
public class NotificationHealthIndicator implements HealthIndicator {

	private final Subscriber subscriber;

	public NotificationHealthIndicator(Subscriber subscriber) {
		this.subscriber = subscriber;
	}

	@Override
	public Health health() {
		Health.Builder health;
		if (!this.subscriber.isRunning()) {
			health = Health.outOfService();
		}
		else if (this.subscriber.isConnected() && !this.subscriber.isFailing()) {
			health = Health.up();
		}
		else {
			health = Health.down();
		}
		health.withDetail("channel", this.subscriber.channel());
		health.withDetail("mode", this.subscriber.listens() ? "listen" : "poll");
		if (this.subscriber.lastError() != null) {
			health.withDetail("lastError", this.subscriber.lastError());
		}
		return health.build();
	}

}
