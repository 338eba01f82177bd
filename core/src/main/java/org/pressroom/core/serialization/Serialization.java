package org.pressroom.core.serialization;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pressroom.core.document.VersionKey;

/**
 * One content checksum of a version and what became of it. {@code outputs} maps an output
 * name ({@code pdf}, {@code html}, ...) to its S3 key; {@code timings} maps a stage to
 * milliseconds. {@code renderer} is the renderer version the checksum was computed with
 * (null for rows from before renderer versions were recorded); {@code admittedAt} is when
 * the current generation was handed to JobRunr (null while it waits in Pressroom's
 * queue), {@code notBefore} when a failed attempt may be tried again, {@code workerId}
 * the worker running it.
 */
public record Serialization(VersionKey key, String checksum, long revision, int generation, SerializationState state,
		Instant computedAt, Instant startedAt, Instant finishedAt, int attempts, String error,
		List<RenderError> errorDetails, List<String> warnings, Map<String, String> outputs, Map<String, Long> timings,
		String renderer, Priority priority, Instant queuedAt, Instant admittedAt, Instant notBefore, UUID workerId) {

	public Serialization {
		errorDetails = List.copyOf(errorDetails);
		warnings = List.copyOf(warnings);
		outputs = Map.copyOf(outputs);
		timings = Map.copyOf(timings);
	}

}
