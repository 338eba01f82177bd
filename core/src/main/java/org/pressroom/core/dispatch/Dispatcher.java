package org.pressroom.core.dispatch;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drains change requests into render jobs. For each version: read it, compute its checksum, record a queued
 * serialization, enqueue the job whose id derives from (version, checksum), and only then mark the request
 * dispatched, so a crash anywhere in between leaves work to redo and never a gap. Every step is idempotent, so
 * several dispatchers (the app's listener, a worker's backlog scan) may drain at once. Log lines carry the
 * version and, once computed, the checksum ({@link LogContext}).
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final ChangeRequestRepository requests;

	private final ContentReader contents;

	private final VersionRepository versions;

	private final SerializationRepository serializations;

	private final JobEnqueuer jobs;

	private final DispatchProperties properties;

	private final Clock clock;

	public Dispatcher(ChangeRequestRepository requests, ContentReader contents, VersionRepository versions,
			SerializationRepository serializations, JobEnqueuer jobs, DispatchProperties properties, Clock clock) {
		this.requests = requests;
		this.contents = contents;
		this.versions = versions;
		this.serializations = serializations;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Dispatches every pending change request. A request that fails (say, S3 is down while image versions are
	 * read) stays pending for the next drain.
	 * @return the number of requests dispatched
	 */
	public int drain() {
		int dispatched = 0;
		Set<VersionKey> failed = new HashSet<>();
		while (true) {
			List<ChangeRequest> batch = this.requests.pending(this.properties.batchSize() + failed.size());
			List<ChangeRequest> todo = batch.stream().filter((request) -> !failed.contains(request.key())).toList();
			if (todo.isEmpty()) {
				return dispatched;
			}
			for (ChangeRequest request : todo) {
				try (LogContext context = LogContext.of(request.key())) {
					dispatch(request);
					dispatched++;
				}
				catch (RuntimeException ex) {
					failed.add(request.key());
					log.warn("Could not dispatch {}; it stays pending: {}", request.key(), ex.toString());
				}
			}
		}
	}

	/**
	 * Dispatches every version whose current checksum has no finished serialization, whether or not a change
	 * request says so: this catches a renderer upgrade (every checksum is new) and a job lost after its row was
	 * recorded (JobRunr skips ids it already has, so re-enqueueing is safe).
	 * @return the number of versions whose render job was enqueued
	 */
	public int dispatchAll() {
		int enqueued = 0;
		for (VersionKey key : this.versions.allKeys()) {
			try (LogContext context = LogContext.of(key)) {
				Optional<VersionContent> content = this.contents.read(key);
				if (content.isPresent() && queue(content.get(), content.get().version().revision())) {
					enqueued++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not dispatch {}: {}", key, ex.toString());
			}
		}
		return enqueued;
	}

	private void dispatch(ChangeRequest request) {
		Optional<VersionContent> content = this.contents.read(request.key());
		if (content.isEmpty()) {
			forgetDeleted(request);
			return;
		}
		long revision = Math.max(request.revision(), content.get().version().revision());
		queue(content.get(), revision);
		this.requests.markDispatched(request.key(), revision);
	}

	/**
	 * Records the content as queued at {@code revision} and enqueues its job unless it already ran; returns whether
	 * it enqueued.
	 */
	private boolean queue(VersionContent content, long revision) {
		VersionKey key = content.version().key();
		try (LogContext context = LogContext.of(key, content.checksum())) {
			Serialization row = this.serializations.recordQueued(key, content.checksum(), revision,
					this.clock.instant());
			if (!row.state().needsJob()) {
				return false;
			}
			this.jobs.enqueueRender(row.renderRequest());
			log.debug("Queued {} at {}", key, content.checksum());
			return true;
		}
	}

	/** A deleted version leaves no queued work behind: its jobs and serialization rows go with it. */
	private void forgetDeleted(ChangeRequest request) {
		for (Serialization row : this.serializations.deleteAll(request.key())) {
			if (row.state().needsJob()) {
				this.jobs.deleteRender(row.renderRequest());
			}
		}
		this.requests.deleteUnlessChangedSince(request.key(), request.revision());
		log.info("Forgot deleted {}", request.key());
	}

}
