package org.pressroom.worker;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A worker node. Start as many as the load needs; each runs every job type (JobRunr OSS
 * has no queues), and JobRunr hands each job to one of them. Its web server serves
 * Actuator only (health probes, Prometheus metrics), on {@value #DEFAULT_PORT} unless
 * {@code server.port} (SERVER_PORT) says otherwise.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WorkerConfig.class)
public class PressroomWorker {

	/**
	 * Not the app's 8080, so that app and worker run side by side on one host. A default
	 * property, the lowest precedence, so a local run that puts app and worker in one JVM
	 * keeps the app's port.
	 */
	public static final String DEFAULT_PORT = "8081";

	/**
	 * Set it (JOBRUNR_BACKGROUND_JOB_SERVER_WORKER_COUNT) to override
	 * {@link #defaultWorkerCount()}.
	 */
	public static final String WORKER_COUNT = "jobrunr.background-job-server.worker-count";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PressroomWorker.class);
		application.setAdditionalProfiles("core", "worker");
		application.setDefaultProperties(
				Map.of("server.port", DEFAULT_PORT, WORKER_COUNT, Integer.toString(defaultWorkerCount())));
		try {
			application.run(args);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged the cause and closed the context; no thread left
			// behind may keep a node that never started alive (issue #10).
			System.exit(1);
		}
	}

	/**
	 * Renders one worker runs at once: two per core, not JobRunr's eight. pdflatex is
	 * CPU-bound, so more at once only makes each one slower: with 40 documents edited at
	 * once on 2 cores, WorkerCountBenchmark measured a median commit-to-rendered time of
	 * 0.71x JobRunr's default with 2 per core (p95 0.88x), and 0.78x with 1.
	 */
	public static int defaultWorkerCount() {
		return 2 * Runtime.getRuntime().availableProcessors();
	}

}
