package org.pressroom.core.job;

import java.time.Duration;
import java.util.UUID;

import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.pressroom.core.serialization.Priority;
import org.springframework.stereotype.Component;

/**
 * The one place Pressroom hands work to JobRunr. Render jobs are created only by
 * {@link org.pressroom.core.dispatch.Admission}, in Pressroom's priority order.
 */
@Component
public class JobEnqueuer {

	static final String BACKLOG_SCAN_ID = "pressroom-backlog-scan";

	static final String COLLECT_GARBAGE_ID = "pressroom-collect-garbage";

	private final JobRequestScheduler scheduler;

	public JobEnqueuer(JobRequestScheduler scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Creates the render job unless a job with its id exists already, in any state.
	 * Labelled with the ATBD and the priority, so the dashboard can filter by either.
	 */
	public UUID enqueueRender(RenderRequest request, Priority priority) {
		UUID id = JobIds.render(request);
		this.scheduler.create(JobBuilder.aJob()
			.withId(id)
			.withName("Render ATBD " + request.atbdId() + " v" + request.major() + " @ "
					+ request.checksum().substring(0, 12))
			.withLabels("atbd-" + request.atbdId(), priority.name().toLowerCase())
			.withJobRequest(request));
		return id;
	}

	/**
	 * Deletes a render job that is no longer wanted (its version was deleted); one that
	 * never existed is fine.
	 */
	public void deleteRender(RenderRequest request) {
		try {
			this.scheduler.delete(JobIds.render(request), "version deleted");
		}
		catch (JobNotFoundException ex) {
			// Nothing to delete.
		}
	}

	/**
	 * A one-off backlog scan, now (a new renderer version: every version renders again,
	 * as bulk work).
	 */
	public void enqueueBacklogScan() {
		this.scheduler.enqueue(new BacklogScanRequest());
	}

	/** Registers (or re-registers with a new interval) the recurring backlog scan. */
	public void scheduleBacklogScan(Duration interval) {
		this.scheduler.scheduleRecurrently(BACKLOG_SCAN_ID, interval, new BacklogScanRequest());
	}

	/**
	 * Registers (or re-registers with a new interval) the recurring output garbage
	 * collection.
	 */
	public void scheduleGarbageCollection(Duration interval) {
		this.scheduler.scheduleRecurrently(COLLECT_GARBAGE_ID, interval, new CollectGarbageRequest());
	}

}
