package org.pressroom.core.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.InFlight;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.job.RenderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds JobRunr from Pressroom's own queue (queued serializations not yet admitted), in
 * priority order, so that an editor's render never waits behind bulk work (issue #11,
 * docs/admission.md). JobRunr OSS takes enqueued jobs strictly oldest first and has no
 * priorities, so its ENQUEUED set is kept no deeper than the workers can start:
 * <ul>
 * <li>interactive renders are admitted while fewer than twice the live render slots are
 * in JobRunr's hands;</li>
 * <li>bulk renders only while a slot is free and bulk work leaves
 * {@code interactive-share} of the slots (rounded down: 1 of the 4 of a 2-core worker)
 * free for editors, so an editor's render starts at once on an idle thread;</li>
 * <li>bulk work always keeps one render going, whatever editors do: it is never
 * starved.</li>
 * </ul>
 * The order and the state live in {@code pressroom.serialization} (a crash loses nothing:
 * a row is admitted only after its job exists, and a job that exists already is skipped
 * by JobRunr). Admissions take turns under a transaction-level advisory lock, so two
 * nodes never admit past the limits together. Called whenever a slot may have freed or
 * work arrived: after the dispatcher records rows, when a render ends, on every worker's
 * {@code RenderTakeover} tick.
 */
@Component
public class Admission {

	private static final Logger log = LoggerFactory.getLogger(Admission.class);

	private final SerializationRepository serializations;

	private final RenderWorkerRepository workers;

	private final JobEnqueuer jobs;

	private final AdmissionProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public Admission(SerializationRepository serializations, RenderWorkerRepository workers, JobEnqueuer jobs,
			AdmissionProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.serializations = serializations;
		this.workers = workers;
		this.jobs = jobs;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Hands to JobRunr what the limits allow now.
	 * @return the renders admitted
	 */
	public List<Serialization> admit() {
		List<Serialization> admitted = this.transaction.execute((status) -> {
			this.serializations.lockAdmission();
			Instant now = this.clock.instant();
			int slots = this.workers.liveSlots();
			if (slots == 0) {
				return List.<Serialization>of();
			}
			InFlight inFlight = this.serializations.inFlight();
			List<Serialization> chosen = new ArrayList<>();
			int interactiveRoom = 2 * slots - inFlight.total();
			if (interactiveRoom > 0) {
				chosen.addAll(this.serializations.waiting(Priority.INTERACTIVE, interactiveRoom, now));
			}
			int total = inFlight.total() + chosen.size();
			int bulkRoom = Math.min(slots - total, slots - this.properties.reservedSlots(slots) - inFlight.bulk());
			if (inFlight.bulk() == 0) {
				bulkRoom = Math.max(bulkRoom, 1);
			}
			if (bulkRoom > 0) {
				chosen.addAll(this.serializations.waiting(Priority.BULK, bulkRoom, now));
			}
			for (Serialization row : chosen) {
				// The job first: a crash before the row is marked leaves it to admit
				// again, and JobRunr skips an id it has already.
				this.jobs.enqueueRender(RenderRequest.of(row), row.priority());
				this.serializations.markAdmitted(row, now);
			}
			return chosen;
		});
		for (Serialization row : admitted) {
			try (LogContext context = LogContext.of(row.key(), row.checksum())) {
				log.debug("Admitted {} at {} ({})", row.key(), row.checksum(), row.priority());
			}
		}
		return admitted;
	}

	/**
	 * {@link #admit()}, logging instead of throwing: the next call (every worker ticks
	 * each second) tries again.
	 */
	public void admitQuietly() {
		try {
			admit();
		}
		catch (RuntimeException ex) {
			log.warn("Could not admit renders now: {}", ex.toString());
		}
	}

}
