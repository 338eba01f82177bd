package org.pressroom.core.output;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pressroom.core.serialization.RenderError;

/**
 * The {@code status.json} written last under a checksum's prefix: what an S3 reader needs
 * to know about the outputs beside it. It carries no credentials or hosts, only what the
 * editor sees through the API.
 */
public record StatusFile(String state, int atbdId, int major, String checksum, String renderer, Instant finishedAt,
		Map<String, String> outputs, Map<String, Long> timings, List<String> warnings, String error,
		List<RenderError> errors) {
}
