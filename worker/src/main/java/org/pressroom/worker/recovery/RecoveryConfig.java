package org.pressroom.worker.recovery;

import java.time.Clock;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.core.dispatch.Admission;
import org.pressroom.core.dispatch.AdmissionProperties;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.worker.render.LocalRenderer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The watchdog, the liveness lock and the takeover on every node that runs a JobRunr
 * background server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecoveryProperties.class)
@ConditionalOnBooleanProperty("jobrunr.background-job-server.enabled")
class RecoveryConfig {

	@Bean
	JobServerWatchdog jobServerWatchdog(BackgroundJobServer server, JdbcClient jdbc, RecoveryProperties properties) {
		return new JobServerWatchdog(server, jdbc, properties.checkInterval());
	}

	@Bean
	WorkerLiveness workerLiveness(LocalRenderer renderer, JdbcConnectionDetails database,
			RenderWorkerRepository workers, JobEnqueuer jobs, BackgroundJobServer server, Clock clock) {
		return new WorkerLiveness(renderer, database, workers, jobs, server, clock);
	}

	@Bean
	RenderTakeover renderTakeover(WorkerLiveness liveness, RenderWorkerRepository workers,
			SerializationRepository serializations, Admission admission, AdmissionProperties admissionProperties,
			RecoveryProperties properties, Clock clock) {
		return new RenderTakeover(liveness, workers, serializations, admission, admissionProperties, properties, clock);
	}

}
