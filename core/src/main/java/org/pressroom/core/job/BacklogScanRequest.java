package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The recurring safety net: dispatch whatever the LISTEN path missed; see
 * {@link BacklogScanHandler}.
 */
public record BacklogScanRequest() implements JobRequest {

	@Override
	public Class<BacklogScanHandler> getJobRequestHandler() {
		return BacklogScanHandler.class;
	}

}
