package org.pressroom.worker.render;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The worker's render meters, as Prometheus names them:
 * <ul>
 * <li>{@code pressroom_renders_total{outcome}}: render jobs by how they ended (see
 * {@link Outcome});</li>
 * <li>{@code pressroom_render_stage_seconds{stage}}: time per stage of a render that ran
 * (images, tex, pdf, html, upload, total: the keys of the serialization's timings), a
 * histogram;</li>
 * <li>{@code pressroom_render_pickup_seconds}: from the serialization being queued to a
 * worker starting its first attempt, a histogram.</li>
 * </ul>
 */
@Component
class RenderMetrics {

	/** How a render job ended. */
	enum Outcome {

		/** Rendered and uploaded. */
		SUCCEEDED,
		/** A content error (LaTeX): the serialization failed, the job does not retry. */
		FAILED,
		/** The content changed since it was queued: a newer job renders it. */
		SUPERSEDED,
		/**
		 * Nothing to do: the row finished, was superseded or re-queued under a new
		 * generation meanwhile.
		 */
		SKIPPED,
		/**
		 * The version was deleted while it rendered: what this job uploaded was removed
		 * again.
		 */
		DISCARDED,
		/** Database or S3 error: JobRunr retries the job. */
		ERROR;

		String tag() {
			return name().toLowerCase();
		}

	}

	private static final Duration MAX_EXPECTED = Duration.ofMinutes(2);

	private final MeterRegistry registry;

	private final Map<Outcome, Counter> renders = new EnumMap<>(Outcome.class);

	private final Timer pickup;

	RenderMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (Outcome outcome : Outcome.values()) {
			// Registered up front, so that every outcome has a series (at 0) before it
			// first happens.
			this.renders.put(outcome,
					Counter.builder("pressroom.renders")
						.description("Render jobs by how they ended")
						.tag("outcome", outcome.tag())
						.register(registry));
		}
		this.pickup = Timer.builder("pressroom.render.pickup")
			.description("From a serialization being queued to a worker starting its first attempt")
			.publishPercentileHistogram()
			.maximumExpectedValue(MAX_EXPECTED)
			.register(registry);
	}

	void ended(Outcome outcome) {
		this.renders.get(outcome).increment();
	}

	void pickedUp(Duration latency) {
		this.pickup.record(latency.isNegative() ? Duration.ZERO : latency);
	}

	/** Records each stage's milliseconds, as the serialization row stores them. */
	void stages(Map<String, Long> millis) {
		millis.forEach((stage, value) -> Timer.builder("pressroom.render.stage")
			.description("Time per render stage")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.maximumExpectedValue(MAX_EXPECTED)
			.register(this.registry)
			.record(Duration.ofMillis(value)));
	}

}
