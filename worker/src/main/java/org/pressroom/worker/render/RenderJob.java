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

import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.RenderRequest;
import org.pressroom.core.job.RenderWork;
import org.pressroom.core.logging.LogContext;
import org.pressroom.core.serialization.RenderError;
import org.pressroom.core.serialization.RenderOutcome;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.worker.latex.LatexError;
import org.pressroom.worker.latex.LatexFailedException;
import org.pressroom.worker.render.RenderMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Runs one render request; JobRunr may deliver it more than once, so every step is idempotent. Content errors
 * (LaTeX) end the serialization as failed without a retry; database and S3 errors propagate so that JobRunr
 * retries the job. Its log lines carry the version and checksum ({@link LogContext}); {@link RenderMetrics} counts
 * how each job ended and times its stages.
 */
@Component
class RenderJob implements RenderWork {

	private static final Logger log = LoggerFactory.getLogger(RenderJob.class);

	private final SerializationRepository serializations;

	private final ContentReader contents;

	private final DocumentRenderer renderer;

	private final UploadedPdfRenderer uploadedPdfs;

	private final OutputPublisher publisher;

	private final RenderProperties properties;

	private final Clock clock;

	private final RenderMetrics metrics;

	RenderJob(SerializationRepository serializations, ContentReader contents, DocumentRenderer renderer,
			UploadedPdfRenderer uploadedPdfs, OutputPublisher publisher, RenderProperties properties, Clock clock,
			RenderMetrics metrics) {
		this.serializations = serializations;
		this.contents = contents;
		this.renderer = renderer;
		this.uploadedPdfs = uploadedPdfs;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	public void render(RenderRequest request) throws IOException {
		try (LogContext context = LogContext.of(request.key(), request.checksum())) {
			this.metrics.ended(attempt(request));
		}
		catch (IOException | RuntimeException ex) {
			this.metrics.ended(Outcome.ERROR);
			throw ex;
		}
	}

	private Outcome attempt(RenderRequest request) throws IOException {
		VersionKey key = request.key();
		Optional<Serialization> row = this.serializations.find(key, request.checksum());
		if (row.isEmpty() || row.get().generation() != request.generation() || !isOpen(row.get().state())) {
			log.debug("Nothing to do for {} at {}: {}", key, request.checksum(), row.map(Serialization::state));
			return Outcome.SKIPPED;
		}
		Optional<VersionContent> content = this.contents.read(key);
		if (content.isEmpty() || !content.get().checksum().equals(request.checksum())) {
			this.serializations.markSuperseded(key, request.checksum(), this.clock.instant());
			log.info("Superseded {} at {}", key, request.checksum());
			return Outcome.SUPERSEDED;
		}
		Instant started = this.clock.instant();
		if (!this.serializations.markRunning(key, request.checksum(), request.generation(), started)) {
			return Outcome.SKIPPED;
		}
		if (row.get().attempts() == 0) {
			this.metrics.pickedUp(Duration.between(row.get().computedAt(), started));
		}
		Path jobDir = Files.createTempDirectory(Files.createDirectories(this.properties.workDirectory()),
				"pressroom-" + key.atbdId() + "-" + key.major() + "-");
		try {
			RenderOutcome outcome = render(content.get(), jobDir);
			if (!this.serializations.markFinished(key, request.checksum(), outcome, this.clock.instant())) {
				// Superseded or forgotten meanwhile; a forgotten (deleted) version loses what was just uploaded.
				return discardIfForgotten(key, request.checksum()) ? Outcome.DISCARDED : Outcome.SKIPPED;
			}
			this.metrics.stages(outcome.timings());
			log.info("Rendered {} at {}: {} {}", key, request.checksum(), outcome.isSuccess() ? "succeeded" : "failed",
					outcome.timings());
			return outcome.isSuccess() ? Outcome.SUCCEEDED : Outcome.FAILED;
		}
		catch (IOException | RuntimeException ex) {
			if (discardIfForgotten(key, request.checksum())) {
				return Outcome.DISCARDED;
			}
			// An infrastructure error: JobRunr retries the job; until then the editor sees why it is retrying.
			recordRetry(key, request.checksum(), ex);
			throw ex;
		}
		finally {
			FileSystemUtils.deleteRecursively(jobDir);
		}
	}

	/**
	 * A version deleted while it rendered loses its serialization rows (the dispatcher forgets it); the outputs
	 * this job uploaded meanwhile go too, and there is nothing left to retry. Returns whether that was the case.
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
			// Storage or database trouble: let JobRunr retry; a retry finds the rows gone and ends there.
			log.warn("Could not check whether {} was deleted: {}", key, ex.toString());
			return false;
		}
	}

	private void recordRetry(VersionKey key, String checksum, Exception cause) {
		try {
			this.serializations.recordRetry(key, checksum, "Attempt failed, JobRunr retries it: " + cause);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the failed attempt of {} at {}: {}", key, checksum, ex.toString());
		}
	}

	private static boolean isOpen(SerializationState state) {
		return state == SerializationState.QUEUED || state == SerializationState.RUNNING;
	}

	private RenderOutcome render(VersionContent content, Path jobDir) throws IOException {
		VersionKey key = content.version().key();
		String checksum = content.checksum();
		long start = System.nanoTime();
		try {
			RenderedDocument rendered = content.version().isUploadedPdf() ? this.uploadedPdfs.render(content, jobDir)
					: this.renderer.render(content, jobDir);
			Map<String, Long> timings = new LinkedHashMap<>(rendered.timings());
			long uploadStart = System.nanoTime();
			Map<String, String> outputs = this.publisher.outputs(key, checksum, rendered);
			timings.put("upload", (System.nanoTime() - uploadStart) / 1_000_000);
			timings.put("total", (System.nanoTime() - start) / 1_000_000);
			RenderOutcome outcome = RenderOutcome.succeeded(outputs, timings, rendered.warnings());
			this.publisher.status(key, checksum, outcome);
			return outcome;
		}
		catch (LatexFailedException ex) {
			List<RenderError> errors = ex.errors().stream().map(RenderJob::toRenderError).toList();
			Map<String, Long> timings = Map.of("total", (System.nanoTime() - start) / 1_000_000);
			RenderOutcome outcome = RenderOutcome.failed(ex.getMessage(), errors, timings, List.of());
			this.publisher.failedSource(key, checksum, jobDir.resolve("document.tex"));
			this.publisher.status(key, checksum, outcome);
			return outcome;
		}
		catch (ContentFailure ex) {
			Map<String, Long> timings = Map.of("total", (System.nanoTime() - start) / 1_000_000);
			RenderOutcome outcome = RenderOutcome.failed(ex.getMessage(), List.of(), timings, List.of());
			this.publisher.status(key, checksum, outcome);
			return outcome;
		}
	}

	private static RenderError toRenderError(LatexError error) {
		return new RenderError(error.message(), error.file(), error.line(), error.context(), error.section());
	}

}
