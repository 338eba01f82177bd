package org.pressroom.core.job;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.pressroom.core.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safety net under NOTIFY, run by JobRunr on its master worker every
 * {@code pressroom.dispatch.backlog-scan-interval}: drains change requests nobody was listening for (app down,
 * notifications lost, poll-only mode behind a transaction pooler), then dispatches every version whose current
 * checksum has no serialization yet (a new renderer version).
 */
@Component
public class BacklogScanHandler implements JobRequestHandler<BacklogScanRequest> {

	private static final Logger log = LoggerFactory.getLogger(BacklogScanHandler.class);

	private final Dispatcher dispatcher;

	public BacklogScanHandler(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public void run(BacklogScanRequest request) {
		int drained = this.dispatcher.drain();
		int enqueued = this.dispatcher.dispatchAll();
		if (drained + enqueued > 0) {
			log.info("Backlog scan dispatched {} change requests and enqueued {} missed versions", drained, enqueued);
		}
	}

}
