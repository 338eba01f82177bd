package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jobrunr.JobRunrException;
import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.dispatch.Admission;
import org.pressroom.core.dispatch.AdmissionProperties;
import org.pressroom.core.dispatch.CurrentRenderer;
import org.pressroom.core.dispatch.Dispatcher;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.RenderRequest;
import org.pressroom.core.job.RenderWork;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.RenderError;
import org.pressroom.core.serialization.RenderOutcome;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.worker.latex.LatexError;
import org.pressroom.worker.latex.LatexFailedException;
import org.pressroom.worker.latex.PdfLatexTimeoutException;
import org.pressroom.worker.render.RenderMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Runs one attempt of a render; JobRunr may deliver a job more than once, so every step
 * is idempotent and every write names the attempt's generation. Failures are sorted
 * (issue #12, docs/serialization-states.md):
 * <ul>
 * <li>the content's (a LaTeX error, a {@link ContentFailure}, an output larger than Java
 * can hold) end the row {@code failed}, with the reason an editor needs, at once;</li>
 * <li>running out of time ({@code pressroom.render.deadline} on the whole render,
 * pdflatex's own limit) or of heap is retried like the infrastructure's until
 * {@code pressroom.admission.timeout-attempts}, then final;</li>
 * <li>the infrastructure's (S3, the database) put the row back in Pressroom's queue under
 * a new generation, admitted again after seed^n seconds, until
 * {@code pressroom.admission.max-attempts}: then {@code failed} with the last reason,
 * never {@code running} for ever. The JobRunr job of the failed attempt ends FAILED
 * without a JobRunr retry: the next attempt is a new job, in the row's priority.</li>
 * </ul>
 * The render itself runs on a {@link RenderThreads} thread (bulk work at a lower OS
 * priority), the uploads on JobRunr's, so nothing is uploaded after the deadline. When
 * the attempt ends, a slot is free: it calls {@link Admission}. Log lines carry the
 * version and checksum ({@link LogContext}); {@link RenderMetrics} counts how each job
 * ended and times its stages.
 */
@Component
class RenderJob implements RenderWork, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RenderJob.class);

	/**
	 * How long a row queued for a renderer this worker does not have waits before it is
	 * admitted again.
	 */
	static final Duration OTHER_RENDERER_DELAY = Duration.ofSeconds(5);

	private final SerializationRepository serializations;

	private final ContentReader contents;

	private final DocumentRenderer renderer;

	private final UploadedPdfRenderer uploadedPdfs;

	private final OutputPublisher publisher;

	private final RenderProperties properties;

	private final AdmissionProperties admissionProperties;

	private final LocalRenderer local;

	private final CurrentRenderer current;

	private final Dispatcher dispatcher;

	private final Admission admission;

	private final Clock clock;

	private final RenderMetrics metrics;

	private final RenderThreads threads = new RenderThreads();

	RenderJob(SerializationRepository serializations, ContentReader contents, DocumentRenderer renderer,
			UploadedPdfRenderer uploadedPdfs, OutputPublisher publisher, RenderProperties properties,
			AdmissionProperties admissionProperties, LocalRenderer local, CurrentRenderer current,
			Dispatcher dispatcher, Admission admission, Clock clock, RenderMetrics metrics) {
		this.serializations = serializations;
		this.contents = contents;
		this.renderer = renderer;
		this.uploadedPdfs = uploadedPdfs;
		this.publisher = publisher;
		this.properties = properties;
		this.admissionProperties = admissionProperties;
		this.local = local;
		this.current = current;
		this.dispatcher = dispatcher;
		this.admission = admission;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	public void render(RenderRequest request) throws Exception {
		try (LogContext context = LogContext.of(request.key(), request.checksum())) {
			this.metrics.ended(attempt(request));
		}
		catch (Exception ex) {
			this.metrics.ended(Outcome.ERROR);
			throw ex;
		}
		finally {
			// This render's slot is free, or about to be: let the next render in.
			this.admission.admitQuietly();
		}
	}

	@Override
	public void close() {
		this.threads.close();
	}

	private Outcome attempt(RenderRequest request) throws Exception {
		VersionKey key = request.key();
		Optional<Serialization> found = this.serializations.find(key, request.checksum());
		if (found.isEmpty() || found.get().generation() != request.generation() || !isOpen(found.get().state())) {
			log.debug("Nothing to do for {} at {}: {}", key, request.checksum(), found.map(Serialization::state));
			return Outcome.SKIPPED;
		}
		Serialization row = found.get();
		if (!this.local.version().equals(row.renderer())) {
			return otherRenderer(row);
		}
		Instant started = this.clock.instant();
		if (!this.serializations.markRunning(key, request.checksum(), request.generation(), started,
				this.local.workerId())) {
			return Outcome.SKIPPED;
		}
		if (row.attempts() == 0) {
			Instant queued = (row.queuedAt() != null) ? row.queuedAt() : row.computedAt();
			this.metrics.pickedUp(Duration.between(queued, started));
		}
		int attempt = row.attempts() + 1;
		Path jobDir = null;
		try {
			// Read afresh, every image identity from S3 too: this is what renders.
			Optional<VersionContent> content = this.contents.read(key, this.local.version());
			if (content.isEmpty() || !content.get().checksum().equals(request.checksum())) {
				this.serializations.markSuperseded(key, request.checksum(), this.clock.instant());
				log.info("Superseded {} at {}", key, request.checksum());
				if (content.isPresent()) {
					// A change request is on its way, or the content changed without one
					// (an image replaced under its key): either way the version as it is
					// now gets a row.
					this.dispatcher.redispatch(key, row.priority());
				}
				return Outcome.SUPERSEDED;
			}
			jobDir = Files.createTempDirectory(Files.createDirectories(this.properties.workDirectory()),
					"pressroom-" + key.atbdId() + "-" + key.major() + "-");
			return finish(row, renderAndPublish(content.get(), jobDir, row.priority(), attempt));
		}
		catch (Exception ex) {
			if (discardIfForgotten(key, request.checksum())) {
				return Outcome.DISCARDED;
			}
			throw failedAttempt(row, attempt, ex);
		}
		finally {
			if (jobDir != null) {
				FileSystemUtils.deleteRecursively(jobDir);
			}
		}
	}

	/**
	 * A row queued with another renderer version than this worker's. If it is the current
	 * one, this worker is outdated (a rolling upgrade) and leaves it to another; if not,
	 * the row is outdated and the version is queued again at the current version.
	 */
	private Outcome otherRenderer(Serialization row) {
		Instant now = this.clock.instant();
		if (row.renderer() != null && this.current.version().map(row.renderer()::equals).orElse(false)) {
			this.serializations.retryLater(row.key(), row.checksum(), row.generation(), null,
					now.plus(OTHER_RENDERER_DELAY), now);
			log.info("Left {} at {} to a worker with renderer version {}", row.key(), row.checksum(),
					row.renderer().substring(0, 12));
			return Outcome.SKIPPED;
		}
		this.serializations.markSuperseded(row.key(), row.checksum(), now);
		this.dispatcher.redispatch(row.key(), row.priority());
		log.info("Superseded {} at {}: queued for an older renderer version", row.key(), row.checksum());
		return Outcome.SUPERSEDED;
	}

	/**
	 * Renders and uploads; returns the outcome for the content (success or its failure),
	 * throws for the rest.
	 */
	private RenderOutcome renderAndPublish(VersionContent content, Path jobDir, Priority priority, int attempt)
			throws IOException {
		VersionKey key = content.version().key();
		String checksum = content.checksum();
		long start = System.nanoTime();
		try {
			RenderedDocument rendered = renderWithinDeadline(content, jobDir, priority);
			Map<String, Long> timings = new LinkedHashMap<>(rendered.timings());
			long uploadStart = System.nanoTime();
			Map<String, String> outputs = this.publisher.outputs(key, checksum, rendered);
			timings.put("upload", millisSince(uploadStart));
			timings.put("total", millisSince(start));
			RenderOutcome outcome = RenderOutcome.succeeded(outputs, timings, rendered.warnings());
			this.publisher.status(key, checksum, outcome);
			return outcome;
		}
		catch (RenderExhausted ex) {
			if (attempt < this.admissionProperties.timeoutAttempts()) {
				throw ex;
			}
			return failed(key, checksum, ex.getMessage() + ", in " + attempt
					+ " attempts: the document is too large for this worker, or loops", List.of(), start, null);
		}
		catch (LatexFailedException ex) {
			List<RenderError> errors = ex.errors().stream().map(RenderJob::toRenderError).toList();
			return failed(key, checksum, ex.getMessage(), errors, start, jobDir.resolve("document.tex"));
		}
		catch (ContentFailure ex) {
			return failed(key, checksum, ex.getMessage(), List.of(), start, null);
		}
	}

	/**
	 * Renders on a {@link RenderThreads} thread of the row's priority and waits up to the
	 * render deadline. The failures that are nobody's code's fault become
	 * {@link RenderExhausted} (time, heap) and {@link ContentFailure} (an output larger
	 * than Java can hold).
	 */
	private RenderedDocument renderWithinDeadline(VersionContent content, Path jobDir, Priority priority)
			throws IOException {
		Future<RenderedDocument> future = this.threads.submit(priority, () -> content.version().isUploadedPdf()
				? this.uploadedPdfs.render(content, jobDir) : this.renderer.render(content, jobDir));
		try {
			return future.get(this.properties.deadline().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// The render thread is interrupted: pdflatex is killed, and nothing of it is
			// uploaded.
			future.cancel(true);
			throw new RenderExhausted("The render did not finish within " + this.properties.deadline().toMillis()
					+ " ms (pressroom.render.deadline)");
		}
		catch (InterruptedException ex) {
			// JobRunr interrupts a job it deleted (its version was deleted): stop
			// rendering.
			future.cancel(true);
			throw new IllegalStateException("Interrupted while rendering", ex);
		}
		catch (ExecutionException ex) {
			throw unwrap(ex.getCause());
		}
	}

	private static IOException unwrap(Throwable cause) throws IOException {
		if (cause instanceof PdfLatexTimeoutException timeout) {
			throw new RenderExhausted(timeout.getMessage());
		}
		if (RenderFailures.isTooLarge(cause)) {
			throw new ContentFailure("The document is too large to render: one of its outputs would be larger than "
					+ "Java can hold (" + cause + "); remove repeated or very large images");
		}
		if (RenderFailures.isOutOfMemory(cause)) {
			throw new RenderExhausted("The render ran out of memory (" + cause.getMessage() + ")");
		}
		if (cause instanceof IOException io) {
			throw io;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

	private RenderOutcome failed(VersionKey key, String checksum, String error, List<RenderError> details, long start,
			Path source) {
		RenderOutcome outcome = RenderOutcome.failed(error, details, Map.of("total", millisSince(start)), List.of());
		if (source != null) {
			this.publisher.failedSource(key, checksum, source);
		}
		this.publisher.status(key, checksum, outcome);
		return outcome;
	}

	private Outcome finish(Serialization row, RenderOutcome outcome) {
		VersionKey key = row.key();
		if (!record(row, outcome)) {
			// Superseded, taken over or forgotten meanwhile; a forgotten (deleted)
			// version loses what was uploaded.
			return discardIfForgotten(key, row.checksum()) ? Outcome.DISCARDED : Outcome.SKIPPED;
		}
		this.metrics.stages(outcome.timings());
		log.info("Rendered {} at {}: {} {}", key, row.checksum(), outcome.isSuccess() ? "succeeded" : "failed",
				outcome.timings());
		return outcome.isSuccess() ? Outcome.SUCCEEDED : Outcome.FAILED;
	}

	/**
	 * Records the outcome. Should the database still refuse a text of it (StoredText
	 * cleans what is known), the outputs are kept and what could not be stored is
	 * replaced by a note: a content problem, not a reason to render again.
	 */
	private boolean record(Serialization row, RenderOutcome outcome) {
		try {
			return this.serializations.markFinished(row.key(), row.checksum(), row.generation(), outcome,
					this.clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			log.warn("Could not store the warnings of {} at {}; storing the outcome without them: {}", row.key(),
					row.checksum(), ex.getMostSpecificCause().toString());
			return this.serializations.markFinished(row.key(), row.checksum(), row.generation(),
					outcome.withoutDetails("Warnings and error details of this render could not be stored: "
							+ ex.getMostSpecificCause().getMessage()),
					this.clock.instant());
		}
	}

	/**
	 * The attempt failed for a reason of the infrastructure's (or ran out of time or
	 * heap): re-queues the row under a new generation after seed^n seconds, or after the
	 * last attempt ends it failed. Returns what to throw: a JobRunr failure without a
	 * JobRunr retry (the next attempt is a new job), or, if not even the failure could be
	 * recorded, the failure itself, which JobRunr retries.
	 */
	private Exception failedAttempt(Serialization row, int attempt, Exception failure) {
		VersionKey key = row.key();
		Instant now = this.clock.instant();
		String reason = (failure instanceof RenderExhausted) ? failure.getMessage() : failure.toString();
		try {
			if (attempt >= this.admissionProperties.maxAttempts()) {
				RenderOutcome outcome = RenderOutcome.failed(
						"Gave up after " + attempt + " attempts; the last one failed: " + reason, List.of(), Map.of(),
						List.of());
				this.serializations.markFinished(key, row.checksum(), row.generation(), outcome, now);
				statusQuietly(key, row.checksum(), outcome);
				log.warn("Gave up on {} at {} after {} attempts: {}", key, row.checksum(), attempt, reason);
				return new JobRunrException("Gave up after " + attempt + " attempts: " + reason, true, failure);
			}
			Instant notBefore = now.plus(this.admissionProperties.retryDelay(attempt));
			this.serializations.retryLater(key, row.checksum(), row.generation(),
					"Attempt " + attempt + " failed, the next one starts at " + notBefore + ": " + reason, notBefore,
					now);
			log.warn("Attempt {} of {} at {} failed, the next one starts at {}: {}", attempt, key, row.checksum(),
					notBefore, reason);
			return new JobRunrException(
					"Attempt " + attempt + " failed; Pressroom starts the next one at " + notBefore + " as a new job",
					true, failure);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the failed attempt of {} at {}; JobRunr retries the job: {}", key,
					row.checksum(), ex.toString());
			return failure;
		}
	}

	private void statusQuietly(VersionKey key, String checksum, RenderOutcome outcome) {
		try {
			this.publisher.status(key, checksum, outcome);
		}
		catch (RuntimeException ex) {
			log.debug("Could not write the status of {} at {}: {}", key, checksum, ex.toString());
		}
	}

	/**
	 * A version deleted while it rendered loses its serialization rows (the dispatcher
	 * forgets it); the outputs this job uploaded meanwhile go too, and there is nothing
	 * left to retry. Returns whether that was the case.
	 */
	private boolean discardIfForgotten(VersionKey key, String checksum) {
		try {
			if (this.serializations.find(key, checksum).isPresent()) {
				return false;
			}
			this.publisher.withdraw(key, checksum);
			log.info("Discarded the render of {} at {}: the version was deleted meanwhile", key, checksum);
			return true;
		}
		catch (RuntimeException ex) {
			// Storage or database trouble: the attempt is retried; a retry finds the rows
			// gone and ends there.
			log.warn("Could not check whether {} was deleted: {}", key, ex.toString());
			return false;
		}
	}

	private static boolean isOpen(SerializationState state) {
		return state == SerializationState.QUEUED || state == SerializationState.RUNNING;
	}

	private static RenderError toRenderError(LatexError error) {
		return new RenderError(error.message(), error.file(), error.line(), error.context(), error.section());
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
