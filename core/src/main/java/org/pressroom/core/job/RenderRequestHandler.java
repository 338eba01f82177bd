package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Implemented by the worker. Runs at least once per request: implementations are idempotent. */
public interface RenderRequestHandler extends JobRequestHandler<RenderRequest> {

}
