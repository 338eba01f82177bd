package org.pressroom.core.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.core.job.RenderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns change requests into queued serializations, and has {@link Admission} hand them
 * to JobRunr. For each version: read it, compute its checksum with the current renderer
 * version ({@link CurrentRenderer}), record a queued serialization of the request's
 * priority, and only then mark the request dispatched, so a crash anywhere in between
 * leaves work to redo and never a gap. Every step is idempotent, so several dispatchers
 * (the app's listener, a worker's backlog scan) may drain at once. Interactive requests
 * go first (docs/admission.md), and a failed dispatch is recorded on the request with its
 * reason: final for the content's faults, retried with backoff for the infrastructure's
 * ({@link DispatchErrors}). Log lines carry the version and, once computed, the checksum.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	/**
	 * Bulk requests dispatched before the drain asks again for interactive ones (a read
	 * takes ~5 ms).
	 */
	static final int BULK_SLICE = 10;

	/** Versions the backlog scan reads per candidate query. */
	static final int SCAN_PAGE = 200;

	private final ChangeRequestRepository requests;

	private final ContentReader contents;

	private final VersionRepository versions;

	private final SerializationRepository serializations;

	private final Admission admission;

	private final JobEnqueuer jobs;

	private final CurrentRenderer renderer;

	private final DispatchProperties properties;

	private final AdmissionProperties admissionProperties;

	private final Clock clock;

	private final AtomicBoolean warnedNoRenderer = new AtomicBoolean();

	public Dispatcher(ChangeRequestRepository requests, ContentReader contents, VersionRepository versions,
			SerializationRepository serializations, Admission admission, JobEnqueuer jobs, CurrentRenderer renderer,
			DispatchProperties properties, AdmissionProperties admissionProperties, Clock clock) {
		this.requests = requests;
		this.contents = contents;
		this.versions = versions;
		this.serializations = serializations;
		this.admission = admission;
		this.jobs = jobs;
		this.renderer = renderer;
		this.properties = properties;
		this.admissionProperties = admissionProperties;
		this.clock = clock;
	}

	/**
	 * Dispatches every pending change request, interactive ones first, and admits what it
	 * queued. A request whose dispatch fails records why and is retried later (or, for
	 * the content's faults, after the next edit).
	 * @return the number of requests dispatched
	 */
	public int drain() {
		Optional<String> renderer = renderer();
		if (renderer.isEmpty()) {
			return 0;
		}
		int dispatched = 0;
		// Requests whose failure could not even be recorded (the database is away): not
		// again in this drain.
		Set<VersionKey> skipped = new HashSet<>();
		while (true) {
			Instant now = this.clock.instant();
			List<ChangeRequest> batch = this.requests.pending(this.properties.batchSize() + skipped.size(), now)
				.stream()
				.filter((request) -> !skipped.contains(request.key()))
				.toList();
			if (batch.isEmpty()) {
				return dispatched;
			}
			int bulk = 0;
			for (ChangeRequest request : batch) {
				Priority priority = priorityOf(request, now);
				try (LogContext context = LogContext.of(request.key())) {
					if (dispatch(request, renderer.get(), priority)) {
						dispatched++;
					}
					else {
						skipped.add(request.key());
					}
				}
				if (priority == Priority.INTERACTIVE) {
					// An editor waits: hand it to JobRunr now, not at the end of the
					// batch.
					this.admission.admitQuietly();
				}
				else if (++bulk >= BULK_SLICE) {
					// Ask again, so that an editor's save that just arrived goes before
					// the rest of the bulk.
					break;
				}
			}
			this.admission.admitQuietly();
		}
	}

	/**
	 * The backlog scan: dispatches, as bulk work, every version with no live or finished
	 * serialization at the current renderer version and no change request of its own.
	 * That finds every version after a renderer upgrade (every checksum is new), on
	 * attaching to a database of existing ATBDs, and a version whose row was lost. The
	 * candidates come from one indexed query per page
	 * ({@link VersionRepository#withoutRenderAt}): over unchanged versions the scan reads
	 * nothing else and calls no S3 (issue #11).
	 * @return the number of versions queued
	 */
	public int scan() {
		Optional<String> renderer = renderer();
		if (renderer.isEmpty()) {
			return 0;
		}
		int queued = 0;
		VersionKey after = new VersionKey(Integer.MIN_VALUE, Integer.MIN_VALUE);
		while (true) {
			List<VersionKey> candidates = this.versions.withoutRenderAt(renderer.get(), after, SCAN_PAGE);
			if (candidates.isEmpty()) {
				return queued;
			}
			for (VersionKey key : candidates) {
				try (LogContext context = LogContext.of(key)) {
					Optional<VersionContent> content = this.contents.readForDispatch(key, renderer.get());
					if (content.isPresent()) {
						queue(content.get(), content.get().version().revision(), Priority.BULK, renderer.get());
						queued++;
					}
				}
				catch (RuntimeException ex) {
					recordScanFailure(key, ex);
				}
			}
			after = candidates.get(candidates.size() - 1);
			this.admission.admitQuietly();
		}
	}

	/**
	 * Queues the version's content as read now (every image identity afresh), in
	 * {@code priority}: for a render job that found a checksum different from the one it
	 * was queued with, which happens without a change request when an image was replaced
	 * in S3 under the same key.
	 */
	public void redispatch(VersionKey key, Priority priority) {
		Optional<String> renderer = renderer();
		if (renderer.isEmpty()) {
			return;
		}
		Optional<VersionContent> content = this.contents.read(key, renderer.get());
		if (content.isPresent()) {
			queue(content.get(), content.get().version().revision(), priority, renderer.get());
			this.admission.admitQuietly();
		}
	}

	/**
	 * Interactive only while an editor may still be waiting for it; the drain after
	 * downtime is bulk.
	 */
	private Priority priorityOf(ChangeRequest request, Instant now) {
		if (request.priority() == Priority.INTERACTIVE
				&& request.changedAt().isAfter(now.minus(this.admissionProperties.interactiveWindow()))) {
			return Priority.INTERACTIVE;
		}
		return Priority.BULK;
	}

	/**
	 * Dispatches one request, recording a failure on it; false if not even that could be
	 * recorded.
	 */
	private boolean dispatch(ChangeRequest request, String renderer, Priority priority) {
		try {
			Optional<VersionContent> content = this.contents.readForDispatch(request.key(), renderer);
			if (content.isEmpty()) {
				forgetDeleted(request);
				return true;
			}
			long revision = Math.max(request.revision(), content.get().version().revision());
			queue(content.get(), revision, priority, renderer);
			this.requests.markDispatched(request.key(), revision);
			return true;
		}
		catch (RuntimeException ex) {
			return recordFailure(request, ex);
		}
	}

	private boolean recordFailure(ChangeRequest request, RuntimeException failure) {
		String reason = DispatchErrors.describe(failure);
		try {
			if (DispatchErrors.isContentError(failure)) {
				this.requests.markFailed(request.key(), request.revision(), reason);
				log.warn("Cannot dispatch {}: {}; it waits for the next change", request.key(), reason);
			}
			else {
				Instant retryAt = this.clock.instant().plus(DispatchErrors.retryDelay(request.dispatchAttempts() + 1));
				this.requests.retryLater(request.key(), request.revision(), reason, retryAt);
				log.warn("Could not dispatch {} (attempt {}), retrying at {}: {}", request.key(),
						request.dispatchAttempts() + 1, retryAt, failure.toString());
			}
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not dispatch {}, nor record why; it stays pending: {}", request.key(), failure.toString());
			return false;
		}
	}

	/**
	 * A scan candidate that cannot be read: the content's fault is recorded (final);
	 * anything else waits a scan.
	 */
	private void recordScanFailure(VersionKey key, RuntimeException failure) {
		String reason = DispatchErrors.describe(failure);
		if (DispatchErrors.isContentError(failure)) {
			try {
				this.requests.recordFailedScan(key, reason, this.clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Could not record why {} cannot be dispatched: {}", key, ex.toString());
			}
		}
		log.warn("Backlog scan could not dispatch {}: {}", key, reason);
	}

	/**
	 * Records the content as queued at {@code revision}; {@link Admission} hands it to
	 * JobRunr.
	 */
	private void queue(VersionContent content, long revision, Priority priority, String renderer) {
		VersionKey key = content.version().key();
		try (LogContext context = LogContext.of(key, content.checksum())) {
			Serialization row = this.serializations.recordQueued(key, content.checksum(), revision,
					this.clock.instant(), priority, renderer);
			log.debug("Recorded {} at {}: {} ({})", key, content.checksum(), row.state().dbValue(), row.priority());
		}
	}

	/**
	 * A deleted version leaves no queued work behind: its jobs and serialization rows go
	 * with it.
	 */
	private void forgetDeleted(ChangeRequest request) {
		for (Serialization row : this.serializations.deleteAll(request.key())) {
			if (row.state() == SerializationState.QUEUED && row.admittedAt() != null) {
				this.jobs.deleteRender(RenderRequest.of(row));
			}
		}
		this.requests.deleteUnlessChangedSince(request.key(), request.revision());
		log.info("Forgot deleted {}", request.key());
	}

	private Optional<String> renderer() {
		Optional<String> version = this.renderer.version();
		if (version.isEmpty()) {
			if (this.warnedNoRenderer.compareAndSet(false, true)) {
				log.warn("No worker has recorded its renderer version yet: changes wait until one starts");
			}
		}
		else {
			this.warnedNoRenderer.set(false);
		}
		return version;
	}

}
