package org.pressroom.app.listening;

import org.pressroom.core.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Queues, once the app is up, every version without a serialization at the current
 * renderer version, without waiting for the first recurring backlog scan (a minute):
 * attached to a database of existing ATBDs, Pressroom renders them all at once (issue
 * #10), as bulk work, so editors' saves still go first (issue #11). It runs on a thread
 * of its own, so the API answers meanwhile. Before any worker has recorded its renderer
 * version there is nothing to compute checksums with: the worker that records a new
 * version starts a backlog scan itself.
 */
class StartupScan {

	private static final Logger log = LoggerFactory.getLogger(StartupScan.class);

	private final Dispatcher dispatcher;

	StartupScan(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::scan, "pressroom-startup-scan");
		thread.setDaemon(true);
		thread.start();
	}

	private void scan() {
		try {
			int queued = this.dispatcher.scan();
			log.info("Start-up scan queued {} versions without a render at the current renderer version", queued);
		}
		catch (RuntimeException ex) {
			// The recurring backlog scan tries again.
			log.warn("Start-up scan failed: {}", ex.toString());
		}
	}

}
