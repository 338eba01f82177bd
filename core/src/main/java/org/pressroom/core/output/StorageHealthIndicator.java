package org.pressroom.core.output;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health contributor {@code storage}: UP when the output and image buckets answer a HEAD
 * within {@value #TIMEOUT_SECONDS} s. Part of both nodes' readiness: the app serves
 * downloads from S3, workers upload to it.
 */
class StorageHealthIndicator implements HealthIndicator {

	static final long TIMEOUT_SECONDS = 3;

	private final OutputStore store;

	StorageHealthIndicator(OutputStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		try {
			this.store.checkBuckets(Duration.ofSeconds(TIMEOUT_SECONDS));
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

}
