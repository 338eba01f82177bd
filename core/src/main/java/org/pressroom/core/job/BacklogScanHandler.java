package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * The class JobRunr names in every backlog scan job; it hands the run to
 * {@link BacklogScanWork}.
 */
@Component
public class BacklogScanHandler implements JobRequestHandler<BacklogScanRequest> {

	private final BacklogScanWork work;

	public BacklogScanHandler(BacklogScanWork work) {
		this.work = work;
	}

	@Override
	public void run(BacklogScanRequest request) {
		this.work.scanBacklog();
	}

}
