package org.pressroom.worker.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pressroom.core.dispatch.Admission;
import org.pressroom.core.dispatch.AdmissionProperties;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code pressroom.recovery.takeover-interval} (1 s), on every worker that holds
 * its own liveness lock:
 * <ol>
 * <li>re-queues, under new generations and in their priority, the renders of workers
 * whose liveness lock has been gone for {@code takeover-grace} (2 s), which
 * {@link Admission} then hands to a surviving worker at once. The JobRunr job of the dead
 * worker stays PROCESSING until JobRunr's orphan detection fails it; its retry finds a
 * newer generation and ends as skipped. Issue #11: a killed worker's render restarts in
 * ~3 s, not ~30 s;</li>
 * <li>re-admits renders whose JobRunr job was lost (admitted, never started, for
 * {@code lost-after});</li>
 * <li>admits what the limits allow: retries whose time came, work nobody's render ending
 * let in.</li>
 * </ol>
 * A few small queries per tick whatever the corpus; several workers may run it at once
 * (each step is idempotent).
 */
public class RenderTakeover implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RenderTakeover.class);

	private final WorkerLiveness liveness;

	private final RenderWorkerRepository workers;

	private final SerializationRepository serializations;

	private final Admission admission;

	private final AdmissionProperties admissionProperties;

	private final RecoveryProperties properties;

	private final Clock clock;

	/** When this worker first saw each dead worker dead. */
	private final Map<UUID, Instant> seenDead = new HashMap<>();

	private ScheduledExecutorService scheduler;

	public RenderTakeover(WorkerLiveness liveness, RenderWorkerRepository workers,
			SerializationRepository serializations, Admission admission, AdmissionProperties admissionProperties,
			RecoveryProperties properties, Clock clock) {
		this.liveness = liveness;
		this.workers = workers;
		this.serializations = serializations;
		this.admission = admission;
		this.admissionProperties = admissionProperties;
		this.properties = properties;
		this.clock = clock;
	}

	/** One tick; returns the renders it took over. */
	synchronized List<Serialization> tick() {
		if (!this.liveness.holdsLock()) {
			// This worker's own connection is in trouble: it is no judge of others now.
			return List.of();
		}
		Instant now = this.clock.instant();
		List<UUID> dead = new ArrayList<>(this.workers.deadWorkers());
		// Never itself: it holds its lock, whatever a row written before a reconnect
		// says.
		dead.remove(this.liveness.workerId());
		this.seenDead.keySet().retainAll(dead);
		dead.forEach((id) -> this.seenDead.putIfAbsent(id, now));
		Instant cutoff = now.minus(this.properties.takeoverGrace());
		List<UUID> confirmed = dead.stream().filter((id) -> !this.seenDead.get(id).isAfter(cutoff)).toList();
		List<Serialization> taken = this.serializations.takeOver(confirmed, now);
		for (Serialization row : taken) {
			try (LogContext context = LogContext.of(row.key(), row.checksum())) {
				log.warn("Took over {} at {} from a worker that stopped; it renders again (attempt {} was the last)",
						row.key(), row.checksum(), row.attempts());
			}
		}
		this.workers.delete(confirmed);
		confirmed.forEach(this.seenDead::remove);
		List<Serialization> lost = this.serializations.readmitLost(now.minus(this.admissionProperties.lostAfter()));
		if (!lost.isEmpty()) {
			log.warn("Admitting again {} renders whose JobRunr jobs never started: {}", lost.size(),
					lost.stream().map(Serialization::key).toList());
		}
		this.admission.admit();
		return taken;
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for renders to take over: {}", ex.toString());
		}
	}

	@Override
	public synchronized void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "pressroom-render-takeover");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.properties.takeoverInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::tickSafely, millis, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/** How long a dead worker has been seen dead, for tests and logs. */
	synchronized Duration deadFor(UUID id) {
		Instant since = this.seenDead.get(id);
		return since == null ? Duration.ZERO : Duration.between(since, this.clock.instant());
	}

}
