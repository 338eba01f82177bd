package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequest;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Serialization;

/**
 * Render one version's content as it was when its checksum was computed.
 * {@code generation} counts how often this checksum was re-queued after being superseded,
 * so each attempt gets a fresh job id (DESIGN §5: an existing id is never enqueued
 * again).
 */
public record RenderRequest(int atbdId, int major, String checksum, int generation) implements JobRequest {

	/** The job that renders the row's current generation. */
	public static RenderRequest of(Serialization row) {
		return new RenderRequest(row.key().atbdId(), row.key().major(), row.checksum(), row.generation());
	}

	public VersionKey key() {
		return new VersionKey(this.atbdId, this.major);
	}

	@Override
	public Class<RenderRequestHandler> getJobRequestHandler() {
		return RenderRequestHandler.class;
	}

}
