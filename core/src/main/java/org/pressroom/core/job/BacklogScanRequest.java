package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The recurring safety net: dispatch whatever the LISTEN path missed. */
public record BacklogScanRequest() implements JobRequest {

	@Override
	public Class<BacklogScanHandler> getJobRequestHandler() {
		return BacklogScanHandler.class;
	}

}
