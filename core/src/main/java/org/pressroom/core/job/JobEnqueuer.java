package org.pressroom.core.job;

import java.time.Duration;
import java.util.UUID;

import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.stereotype.Component;

/** The one place Pressroom hands work to JobRunr. */
@Component
public class JobEnqueuer {

	static final String BACKLOG_SCAN_ID = "pressroom-backlog-scan";

	static final String COLLECT_GARBAGE_ID = "pressroom-collect-garbage";

	private final JobRequestScheduler scheduler;

	public JobEnqueuer(JobRequestScheduler scheduler) {
		this.scheduler = scheduler;
	}

	/** Creates the render job unless a job with its id exists already, in any state. */
	public UUID enqueueRender(RenderRequest request) {
		UUID id = JobIds.render(request);
		this.scheduler.create(JobBuilder.aJob()
			.withId(id)
			.withName("Render ATBD " + request.atbdId() + " v" + request.major() + " @ "
					+ request.checksum().substring(0, 12))
			.withLabels("atbd-" + request.atbdId())
			.withJobRequest(request));
		return id;
	}

	/** Deletes a render job that is no longer wanted (its version was deleted). */
	public void deleteRender(RenderRequest request) {
		this.scheduler.delete(JobIds.render(request), "version deleted");
	}

	/** Registers (or re-registers with a new interval) the recurring backlog scan. */
	public void scheduleBacklogScan(Duration interval) {
		this.scheduler.scheduleRecurrently(BACKLOG_SCAN_ID, interval, new BacklogScanRequest());
	}

	/** Registers (or re-registers with a new interval) the recurring output garbage collection. */
	public void scheduleGarbageCollection(Duration interval) {
		this.scheduler.scheduleRecurrently(COLLECT_GARBAGE_ID, interval, new CollectGarbageRequest());
	}

}
