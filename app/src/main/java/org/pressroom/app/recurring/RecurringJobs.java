package org.pressroom.app.recurring;

import org.pressroom.core.dispatch.DispatchProperties;
import org.pressroom.core.job.JobEnqueuer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Registers the backlog scan; registering again with the same id replaces the schedule, so restarts are safe. */
@Component
class RecurringJobs {

	private final JobEnqueuer jobs;

	private final DispatchProperties properties;

	RecurringJobs(JobEnqueuer jobs, DispatchProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		this.jobs.scheduleBacklogScan(this.properties.backlogScanInterval());
	}

}
