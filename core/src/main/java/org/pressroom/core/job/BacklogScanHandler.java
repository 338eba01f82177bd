package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Implemented by the worker, where JobRunr runs recurring jobs. */
public interface BacklogScanHandler extends JobRequestHandler<BacklogScanRequest> {

}
