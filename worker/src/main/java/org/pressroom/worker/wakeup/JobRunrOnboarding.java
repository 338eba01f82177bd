package org.pressroom.worker.wakeup;

import java.lang.reflect.Method;

import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.JobHandler;
import org.jobrunr.server.JobSteward;
import org.jobrunr.server.tasks.steward.OnboardNewWorkTask;

/**
 * The seam into JobRunr's internals (DESIGN §5), kept in this one class. It reuses the
 * server's own {@link OnboardNewWorkTask}, whose lock and free-thread count keep a
 * wake-up and JobRunr's poll from taking more jobs than the server has workers.
 * {@code OnboardNewWorkTaskSeamTest} fails if a JobRunr upgrade moves it.
 */
final class JobRunrOnboarding {

	private final BackgroundJobServer server;

	private final OnboardNewWorkTask task;

	JobRunrOnboarding(BackgroundJobServer server) {
		this.server = server;
		this.task = serversOwnTask(server.getJobSteward());
	}

	/**
	 * Takes as many enqueued jobs as the server has idle workers; a no-op while another
	 * onboarding runs.
	 */
	void onboardNow() {
		if (this.server.isRunning()) {
			this.task.runTaskThreadSafe();
		}
	}

	static OnboardNewWorkTask serversOwnTask(JobSteward steward) {
		try {
			Method getTaskOfType = JobHandler.class.getDeclaredMethod("getTaskOfType", Class.class);
			getTaskOfType.setAccessible(true);
			return (OnboardNewWorkTask) getTaskOfType.invoke(steward, OnboardNewWorkTask.class);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("JobRunr's JobSteward no longer exposes its OnboardNewWorkTask; "
					+ "instant pickup needs a new seam after this JobRunr upgrade", ex);
		}
	}

}
