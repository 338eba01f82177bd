package org.pressroom.worker.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StatusFile;
import org.pressroom.core.serialization.RenderOutcome;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a render's files under its checksum folder in S3. Each put is atomic, the keys are
 * fixed per checksum (a retry overwrites, never adds) and {@code status.json} goes last,
 * so a reader that finds it finds every output it lists, and a worker that dies midway
 * leaves nothing a reader is pointed at.
 */
@Component
class OutputPublisher {

	private final OutputStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final LocalRenderer renderer;

	OutputPublisher(OutputStore store, JsonMapper json, Clock clock, LocalRenderer renderer) {
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.renderer = renderer;
	}

	/**
	 * Uploads the outputs of a successful render; returns their keys by kind (json, tex,
	 * pdf, html; no tex for an uploaded PDF).
	 */
	Map<String, String> outputs(VersionKey key, String checksum, RenderedDocument rendered) {
		Map<String, String> outputs = new LinkedHashMap<>();
		outputs.put("json", upload(key, checksum, OutputKeys.DOCUMENT_JSON, rendered.json(), "application/json"));
		if (rendered.tex() != null) {
			outputs.put("tex", upload(key, checksum, OutputKeys.DOCUMENT_TEX, rendered.tex(), "application/x-tex"));
		}
		outputs.put("pdf", upload(key, checksum, OutputKeys.DOCUMENT_PDF, rendered.pdf(), "application/pdf"));
		outputs.put("html",
				upload(key, checksum, OutputKeys.DOCUMENT_HTML, rendered.html(), "text/html; charset=utf-8"));
		return outputs;
	}

	/**
	 * Uploads the LaTeX source of a failed render, if it got that far, for the editor to
	 * look at.
	 */
	void failedSource(VersionKey key, String checksum, Path tex) {
		if (Files.exists(tex)) {
			upload(key, checksum, OutputKeys.DOCUMENT_TEX, tex, "application/x-tex");
		}
	}

	/** Written last. */
	void status(VersionKey key, String checksum, RenderOutcome outcome) {
		StatusFile status = new StatusFile(outcome.isSuccess() ? "succeeded" : "failed", key.atbdId(), key.major(),
				checksum, this.renderer.version(), this.clock.instant(), outcome.outputs(), outcome.timings(),
				outcome.warnings(), outcome.error(), outcome.errorDetails());
		this.store.put(OutputKeys.of(key, checksum, OutputKeys.STATUS_JSON), this.json.writeValueAsBytes(status),
				"application/json");
	}

	/** Removes everything under the checksum folder again. */
	void withdraw(VersionKey key, String checksum) {
		this.store.deletePrefix(OutputKeys.checksumPrefix(key, checksum));
	}

	private String upload(VersionKey key, String checksum, String file, Path path, String contentType) {
		String s3Key = OutputKeys.of(key, checksum, file);
		this.store.put(s3Key, path, contentType);
		return s3Key;
	}

}
