package org.pressroom.app.monitoring;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.dispatch.CurrentRenderer;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.RenderWork;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.job.RenderRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker counts render jobs that end without typesetting: a job whose content changed
 * since it was queued is superseded, and running it again finds nothing to do. Run by
 * hand, with the listener stopped, so that no job of the dispatcher's interferes.
 */
class RenderOutcomeMetricsIT extends IntegrationTest {

	private static final String STALE_CHECKSUM = "0".repeat(64);

	@Autowired
	SerializationRepository serializations;

	@Autowired
	RenderWork renderWork;

	@Autowired
	CurrentRenderer renderer;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void stopDispatching() {
		this.listener.stop();
	}

	@AfterEach
	void startDispatching() {
		this.jdbc.sql("TRUNCATE pressroom.change_requests").update();
		this.listener.start();
	}

	@Test
	void countsASupersededJobAndItsRepeatAsSkipped() throws Exception {
		this.apt.loadBeta1Dump();
		Serialization stale = this.serializations.recordQueued(new VersionKey(3, 1), STALE_CHECKSUM, 1, Instant.now(),
				Priority.BULK, this.renderer.version().orElseThrow());
		double superseded = count("superseded");
		double skipped = count("skipped");

		this.renderWork.render(RenderRequest.of(stale));
		this.renderWork.render(RenderRequest.of(stale));

		assertThat(count("superseded")).isEqualTo(superseded + 1);
		assertThat(count("skipped")).isEqualTo(skipped + 1);
	}

	private double count(String outcome) {
		return this.meters.get("pressroom.renders").tag("outcome", outcome).counter().count();
	}

}
