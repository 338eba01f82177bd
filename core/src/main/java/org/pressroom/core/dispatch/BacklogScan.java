package org.pressroom.core.dispatch;

import org.pressroom.core.job.BacklogScanWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safety net under NOTIFY, run by JobRunr on its master worker every
 * {@code pressroom.dispatch.backlog-scan-interval} (and once when a worker brings a new
 * renderer version): drains change requests nobody was listening for (app down,
 * notifications lost, poll-only mode behind a transaction pooler), then queues, as bulk
 * work, every version without a serialization at the current renderer version
 * ({@link Dispatcher#scan()}: a bounded number of queries over unchanged versions,
 * however many there are).
 */
@Component
class BacklogScan implements BacklogScanWork {

	private static final Logger log = LoggerFactory.getLogger(BacklogScan.class);

	private final Dispatcher dispatcher;

	BacklogScan(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public void scanBacklog() {
		int drained = this.dispatcher.drain();
		int queued = this.dispatcher.scan();
		if (drained + queued > 0) {
			log.info("Backlog scan dispatched {} change requests and queued {} versions without a render at the "
					+ "current renderer version", drained, queued);
		}
	}

}
