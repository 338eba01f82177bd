package org.pressroom.worker.wakeup;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.core.notification.NotificationHealthIndicator;
import org.pressroom.core.notification.Notifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instant pickup on every node that runs a JobRunr background server, unless
 * pressroom.wakeup.enabled=false.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WakeupProperties.class)
@ConditionalOnBooleanProperty(name = "pressroom.wakeup.enabled", matchIfMissing = true)
class WakeupConfig {

	@Bean
	@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
	JobWakeup jobWakeup(BackgroundJobServer server, Notifier notifier, WakeupProperties properties) {
		return new JobWakeup(server, notifier, properties.subscriber());
	}

	/** Health contributor {@code jobWakeup}, in the worker's readiness group. */
	@Bean
	@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
	NotificationHealthIndicator jobWakeupHealthIndicator(JobWakeup jobWakeup) {
		return new NotificationHealthIndicator(jobWakeup);
	}

}
