package org.pressroom.core.serialization;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.RenderRequest;

/**
 * One content checksum of a version and what became of it. {@code outputs} maps an output name ({@code pdf},
 * {@code html}, ...) to its S3 key; {@code timings} maps a stage to milliseconds.
 */
public record Serialization(VersionKey key, String checksum, long revision, int generation, SerializationState state,
		Instant computedAt, Instant startedAt, Instant finishedAt, int attempts, String error,
		List<RenderError> errorDetails, List<String> warnings, Map<String, String> outputs,
		Map<String, Long> timings) {

	public Serialization {
		errorDetails = List.copyOf(errorDetails);
		warnings = List.copyOf(warnings);
		outputs = Map.copyOf(outputs);
		timings = Map.copyOf(timings);
	}

	public RenderRequest renderRequest() {
		return new RenderRequest(this.key.atbdId(), this.key.major(), this.checksum, this.generation);
	}

}
