package org.pressroom.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pressroom.app.LocalPressroom;
import org.pressroom.app.NodeProcess;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * A start that fails exits with a non-zero status and says why (issue #10), rather than
 * hang on threads of its own: the app's jar, the worker's exec jar and the local run,
 * each against a database that refuses the login. The local run starts its embedded S3
 * server first, whose threads kept it alive before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedStartIT {

	private static final Path LOGS = Path.of("target", "failed-start");

	private static final Duration EXIT = Duration.ofSeconds(90);

	private static final String REFUSED = "password authentication failed";

	private NodeProcess app;

	private NodeProcess worker;

	private NodeProcess local;

	/**
	 * All three at once: each spends its time starting a JVM and a context, and the three
	 * exits are awaited apart.
	 */
	@BeforeAll
	void startAllThree() throws Exception {
		DatabaseDetails database = TestDatabase.get();
		Map<String, String> refused = Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(), "SPRING_DATASOURCE_USERNAME",
				database.user(), "SPRING_DATASOURCE_PASSWORD", "wrong-password");
		this.app = NodeProcess.start(
				"app", NodeProcess.appJar(), with(refused, "SERVER_PORT", "0", "JOBRUNR_DASHBOARD_PORT", "0",
						"JOBRUNR_DASHBOARD_USERNAME", "admin", "JOBRUNR_DASHBOARD_PASSWORD", "failed-start-dashboard"),
				LOGS);
		this.worker = NodeProcess.start("worker", NodeProcess.workerJar(), with(refused, "SERVER_PORT", "0"), LOGS);
		Path data = Files.createTempDirectory(Path.of("target"), "failed-local-").toAbsolutePath();
		this.local = NodeProcess.startMain("local", LocalPressroom.class,
				with(refused, "PRESSROOM_LOCAL_S3_PORT", "0", "PRESSROOM_LOCAL_DATA_DIR", data.toString()), LOGS,
				"--server.port=0", "--jobrunr.dashboard.port=0");
	}

	@AfterAll
	void stopWhatStillRuns() throws InterruptedException {
		for (NodeProcess node : new NodeProcess[] { this.app, this.worker, this.local }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void theAppJarExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		assertThat(this.app.awaitExit(EXIT)).as(this.app::tail).isNotZero();
		assertThat(this.app.output()).contains(REFUSED);
	}

	@Test
	void theWorkerJarExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		assertThat(this.worker.awaitExit(EXIT)).as(this.worker::tail).isNotZero();
		assertThat(this.worker.output()).contains(REFUSED);
	}

	/**
	 * Before, the embedded S3 server's threads kept this JVM alive ("local still runs
	 * after PT1M30S").
	 */
	@Test
	void theLocalRunStopsItsEmbeddedServersAndExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		assertThat(this.local.awaitExit(EXIT)).as(this.local::tail).isEqualTo(1);
		assertThat(this.local.output()).contains("Pressroom's S3 server:")
			.contains("Pressroom did not start: ")
			.contains(REFUSED);
	}

	private static Map<String, String> with(Map<String, String> base, String... more) {
		Map<String, String> environment = new HashMap<>(base);
		for (int i = 0; i < more.length; i += 2) {
			environment.put(more[i], more[i + 1]);
		}
		return environment;
	}

}
