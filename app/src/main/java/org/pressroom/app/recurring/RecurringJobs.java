package org.pressroom.app.recurring;

import org.pressroom.core.dispatch.DispatchProperties;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.output.GarbageProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the backlog scan and the output garbage collection; registering again with
 * the same id replaces the schedule, so restarts are safe.
 */
@Component
class RecurringJobs {

	private final JobEnqueuer jobs;

	private final DispatchProperties dispatch;

	private final GarbageProperties garbage;

	RecurringJobs(JobEnqueuer jobs, DispatchProperties dispatch, GarbageProperties garbage) {
		this.jobs = jobs;
		this.dispatch = dispatch;
		this.garbage = garbage;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		this.jobs.scheduleBacklogScan(this.dispatch.backlogScanInterval());
		this.jobs.scheduleGarbageCollection(this.garbage.interval());
	}

}
