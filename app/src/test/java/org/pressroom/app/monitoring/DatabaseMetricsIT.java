package org.pressroom.app.monitoring;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.notification.NotificationHealthIndicator;
import org.pressroom.core.serialization.SerializationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backlog gauges while nobody dispatches, and after: each check binds a fresh
 * {@link DatabaseMetrics}, so that its 5 s cache does not hide the change.
 */
class DatabaseMetricsIT extends IntegrationTest {

	@Autowired
	ChangeRequestRepository requests;

	@Autowired
	SerializationRepository serializations;

	@Autowired
	RenderWorkerRepository workers;

	@BeforeEach
	void stopDispatching() {
		this.listener.stop();
	}

	@AfterEach
	void startDispatching() {
		this.listener.start();
	}

	@Test
	void countsPendingRequestsAndTheirAgeUntilTheListenerDrainsThem() {
		this.apt.loadBeta1Dump();

		MeterRegistry waiting = bound();
		assertThat(waiting.get("pressroom.change.requests.pending").gauge().value()).isEqualTo(3);
		assertThat(waiting.get("pressroom.change.requests.oldest.age").gauge().value()).isBetween(0.0, 60.0);
		assertThat(waiting.get("pressroom.serializations").tag("state", "queued").gauge().value()).isZero();
		assertThat(new NotificationHealthIndicator(this.listener).health().getStatus())
			.isEqualTo(Status.OUT_OF_SERVICE);

		this.listener.start();

		// Until the renders end, so that none is still running when the test JVM shuts
		// down.
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			MeterRegistry drained = bound();
			assertThat(drained.get("pressroom.change.requests.pending").gauge().value()).isZero();
			assertThat(drained.get("pressroom.change.requests.oldest.age").gauge().value()).isZero();
			assertThat(drained.get("pressroom.serializations").tag("state", "succeeded").gauge().value()).isEqualTo(3);
		});
		assertThat(new NotificationHealthIndicator(this.listener).health().getStatus()).isEqualTo(Status.UP);
	}

	private MeterRegistry bound() {
		MeterRegistry registry = new SimpleMeterRegistry();
		new DatabaseMetrics(this.requests, this.serializations, this.workers, Clock.systemUTC()).bindTo(registry);
		return registry;
	}

}
