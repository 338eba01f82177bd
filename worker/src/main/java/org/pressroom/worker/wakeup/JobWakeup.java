package org.pressroom.worker.wakeup;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.core.notification.NotificationLoop;
import org.pressroom.core.notification.NotificationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Onboards enqueued jobs the moment V5's trigger announces them on {@value #CHANNEL}. Notifications that arrive
 * while an onboarding runs are folded into the next run, so a burst costs a few queries, not one per job.
 */
public class JobWakeup extends NotificationLoop {

	/** The channel V5's trigger on jobrunr_jobs notifies. */
	public static final String CHANNEL = "pressroom_jobs";

	public JobWakeup(BackgroundJobServer server, JdbcConnectionDetails database, NotificationProperties properties) {
		super(CHANNEL, new JobRunrOnboarding(server)::onboardNow, database, properties);
	}

}
