package org.pressroom.worker.wakeup;

import java.time.Duration;

import org.pressroom.core.notification.SubscriberProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled onboard new jobs on notification; false leaves pickup to JobRunr's poll
 * alone
 * @param pollInterval how often to onboard without a notification, on top of JobRunr's
 * own poll
 */
@ConfigurationProperties("pressroom.wakeup")
public record WakeupProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue(DEFAULT_POLL_INTERVAL) Duration pollInterval) {

	public static final String DEFAULT_POLL_INTERVAL = "5s";

	public WakeupProperties {
		new SubscriberProperties(true, pollInterval); // fails at start on a poll interval
														// under 100ms
	}

	/**
	 * Always LISTEN: a worker that cannot is started with pressroom.wakeup.enabled=false.
	 */
	SubscriberProperties subscriber() {
		return new SubscriberProperties(true, this.pollInterval);
	}

}
