package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The class JobRunr names in every render job. It lives in core so that the app node can
 * enqueue without worker classes: JobRunr 8.7.0 checks at enqueue time that the handler
 * has a concrete {@code run(RenderRequest)}, so an interface would not do. It hands the
 * request to the worker's {@link RenderWork}.
 */
@Component
public class RenderRequestHandler implements JobRequestHandler<RenderRequest> {

	private final ObjectProvider<RenderWork> work;

	public RenderRequestHandler(ObjectProvider<RenderWork> work) {
		this.work = work;
	}

	@Override
	public void run(RenderRequest request) throws Exception {
		RenderWork renderer = this.work.getIfAvailable();
		if (renderer == null) {
			throw new IllegalStateException("This node has no renderer; only worker nodes should run render jobs");
		}
		renderer.render(request);
	}

}
