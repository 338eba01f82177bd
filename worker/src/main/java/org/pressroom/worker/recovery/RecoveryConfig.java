package org.pressroom.worker.recovery;

import org.jobrunr.server.BackgroundJobServer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The watchdog on every node that runs a JobRunr background server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecoveryProperties.class)
class RecoveryConfig {

	@Bean
	@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
	JobServerWatchdog jobServerWatchdog(BackgroundJobServer server, JdbcClient jdbc, RecoveryProperties properties) {
		return new JobServerWatchdog(server, jdbc, properties.checkInterval());
	}

}
