package org.pressroom.worker.wakeup;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.core.notification.Notifier;
import org.pressroom.core.notification.Subscriber;
import org.pressroom.core.notification.SubscriberProperties;

/**
 * Onboards enqueued jobs the moment V5's trigger announces them on {@value #CHANNEL},
 * through the JVM's one notifier. Notifications that arrive while an onboarding runs are
 * folded into the next run, so a burst costs a few queries, not one per job.
 */
public class JobWakeup extends Subscriber {

	/** The channel V5's trigger on jobrunr_jobs notifies. */
	public static final String CHANNEL = "pressroom_jobs";

	public JobWakeup(BackgroundJobServer server, Notifier notifier, SubscriberProperties properties) {
		super(notifier, CHANNEL, new JobRunrOnboarding(server)::onboardNow, properties);
	}

}
