package org.pressroom.core.checksum;

import java.nio.charset.StandardCharsets;

/**
 * The canonical JSON of one version's rendered content and its SHA-256 in lower-case hex:
 * the checksum that names its outputs and its JobRunr job.
 */
public record CanonicalDocument(byte[] json, String checksum) {

	public String jsonText() {
		return new String(json, StandardCharsets.UTF_8);
	}

}
