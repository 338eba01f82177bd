package org.pressroom.worker.wakeup;

import java.time.Duration;

import org.pressroom.core.notification.NotificationProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled onboard new jobs on notification; false leaves pickup to JobRunr's poll alone
 * @param pollInterval how often to onboard without a notification, on top of JobRunr's own poll
 */
@ConfigurationProperties("pressroom.wakeup")
public record WakeupProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue(DEFAULT_POLL_INTERVAL) Duration pollInterval) {

	public static final String DEFAULT_POLL_INTERVAL = "5s";

	NotificationProperties notification() {
		return new NotificationProperties(true, this.pollInterval, Duration.ofMillis(200), Duration.ofSeconds(30));
	}

}
