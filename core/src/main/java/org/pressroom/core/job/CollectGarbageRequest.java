package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The recurring output garbage collection; see {@link CollectGarbageHandler}. */
public record CollectGarbageRequest() implements JobRequest {

	@Override
	public Class<CollectGarbageHandler> getJobRequestHandler() {
		return CollectGarbageHandler.class;
	}

}
