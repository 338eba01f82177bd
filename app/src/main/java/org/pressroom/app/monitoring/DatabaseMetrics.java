package org.pressroom.app.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.pressroom.core.dispatch.Backlog;
import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gauges over the whole deployment, read from the database and so registered on the app
 * node only (one series per deployment, not one per worker), as Prometheus names them:
 * <ul>
 * <li>{@code pressroom_change_requests_pending}: versions with a committed change not
 * dispatched yet;</li>
 * <li>{@code pressroom_change_requests_oldest_age_seconds}: how long the one waiting
 * longest has waited since its last change (0 when none waits);</li>
 * <li>{@code pressroom_serializations{state}}: serialization rows by state (queued,
 * running, succeeded, failed, superseded);</li>
 * <li>{@code pressroom_renders_waiting{priority}}: queued renders in Pressroom's own
 * queue, not yet handed to JobRunr (interactive, bulk; docs/admission.md);</li>
 * <li>{@code pressroom_render_slots}: render slots of the workers alive now.</li>
 * </ul>
 * A scrape reads the database at most once per {@value #MAX_AGE_SECONDS} s, in four
 * queries; while the database is away the gauges report NaN. Jobs by state come from
 * JobRunr ({@code jobrunr_jobs_by_state}).
 */
@Component
class DatabaseMetrics implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(DatabaseMetrics.class);

	static final long MAX_AGE_SECONDS = 5;

	private final ChangeRequestRepository requests;

	private final SerializationRepository serializations;

	private final RenderWorkerRepository workers;

	private final Clock clock;

	private Snapshot snapshot;

	DatabaseMetrics(ChangeRequestRepository requests, SerializationRepository serializations,
			RenderWorkerRepository workers, Clock clock) {
		this.requests = requests;
		this.serializations = serializations;
		this.workers = workers;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("pressroom.change.requests.pending", this, (metrics) -> metrics.read().pending())
			.description("Versions with a committed change that is not dispatched yet")
			.register(registry);
		Gauge.builder("pressroom.change.requests.oldest.age", this, (metrics) -> metrics.read().oldestAgeSeconds())
			.description("How long the change request waiting longest has waited since its last change")
			.baseUnit("seconds")
			.register(registry);
		for (SerializationState state : SerializationState.values()) {
			Gauge.builder("pressroom.serializations", this, (metrics) -> metrics.read().count(state))
				.description("Serializations by state")
				.tag("state", state.dbValue())
				.register(registry);
		}
		for (Priority priority : Priority.values()) {
			Gauge.builder("pressroom.renders.waiting", this, (metrics) -> metrics.read().waiting(priority))
				.description("Queued renders waiting in Pressroom's queue to be handed to JobRunr")
				.tag("priority", priority.name().toLowerCase())
				.register(registry);
		}
		Gauge.builder("pressroom.render.slots", this, (metrics) -> metrics.read().slots())
			.description("Render slots of the workers alive now")
			.register(registry);
	}

	private synchronized Snapshot read() {
		Instant now = this.clock.instant();
		if (this.snapshot == null || this.snapshot.readAt().plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
			this.snapshot = query(now);
		}
		return this.snapshot;
	}

	private Snapshot query(Instant now) {
		try {
			Backlog backlog = this.requests.backlog();
			return new Snapshot(now, backlog.pending(), backlog.oldestAge(now), this.serializations.countByState(),
					this.serializations.waitingByPriority(), this.workers.liveSlots());
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the metrics from the database: {}", ex.toString());
			return new Snapshot(now, Double.NaN, null, Map.of(), Map.of(), Double.NaN);
		}
	}

	private record Snapshot(Instant readAt, double pending, Duration oldestAge, Map<SerializationState, Long> counts,
			Map<Priority, Long> waitingCounts, double slots) {

		double waiting(Priority priority) {
			Long count = this.waitingCounts.get(priority);
			return count == null ? Double.NaN : count;
		}

		double oldestAgeSeconds() {
			return this.oldestAge == null ? Double.NaN : this.oldestAge.toMillis() / 1000.0;
		}

		double count(SerializationState state) {
			Long count = this.counts.get(state);
			return count == null ? Double.NaN : count;
		}

	}

}
