package org.pressroom.app.listening;

import org.pressroom.core.dispatch.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Dispatches, once the app is up, every version whose current content has no finished render, without waiting for
 * the first recurring backlog scan (a minute): attached to a database of existing ATBDs, Pressroom renders them all
 * at once (issue #10). It runs on a thread of its own, so the API answers meanwhile.
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
			int enqueued = this.dispatcher.dispatchAll();
			log.info("Start-up scan enqueued {} versions whose current content had no finished render", enqueued);
		}
		catch (RuntimeException ex) {
			// The recurring backlog scan tries again.
			log.warn("Start-up scan failed: {}", ex.toString());
		}
	}

}
