package org.pressroom.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.app.LocalPressroom;
import org.pressroom.app.NodeProcess;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * A start that fails exits with a non-zero status and says why (issue #10), rather than hang on threads of its own:
 * the app's jar, the worker's exec jar and the local run, each against a database that refuses the login. The local
 * run starts its embedded S3 server first, whose threads kept it alive before.
 */
class FailedStartIT {

	private static final Path LOGS = Path.of("target", "failed-start");

	private static final Duration EXIT = Duration.ofSeconds(90);

	private static final String REFUSED = "password authentication failed";

	@Test
	void theAppJarExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		NodeProcess app = NodeProcess.start("app", NodeProcess.appJar(),
				Map.of("SPRING_DATASOURCE_URL", refusing().jdbcUrl(), "SPRING_DATASOURCE_USERNAME", refusing().user(),
						"SPRING_DATASOURCE_PASSWORD", "wrong-password", "SERVER_PORT", "0", "JOBRUNR_DASHBOARD_PORT", "0", "JOBRUNR_DASHBOARD_USERNAME", "admin",
						"JOBRUNR_DASHBOARD_PASSWORD", "failed-start-dashboard"),
				LOGS);

		assertThat(app.awaitExit(EXIT)).as(app::tail).isNotZero();
		assertThat(app.output()).contains(REFUSED);
	}

	@Test
	void theWorkerJarExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		NodeProcess worker = NodeProcess.start("worker", NodeProcess.workerJar(),
				Map.of("SPRING_DATASOURCE_URL", refusing().jdbcUrl(), "SPRING_DATASOURCE_USERNAME", refusing().user(),
						"SPRING_DATASOURCE_PASSWORD", "wrong-password", "SERVER_PORT", "0"),
				LOGS);

		assertThat(worker.awaitExit(EXIT)).as(worker::tail).isNotZero();
		assertThat(worker.output()).contains(REFUSED);
	}

	@Test
	void theLocalRunStopsItsEmbeddedServersAndExitsWhenTheDatabaseRefusesTheLogin() throws Exception {
		Path data = Files.createTempDirectory(Path.of("target"), "failed-local-");
		NodeProcess local = NodeProcess.startMain("local", LocalPressroom.class,
				Map.of("SPRING_DATASOURCE_URL", refusing().jdbcUrl(), "SPRING_DATASOURCE_USERNAME", refusing().user(),
						"SPRING_DATASOURCE_PASSWORD", "wrong-password", "PRESSROOM_LOCAL_S3_PORT", "0", "PRESSROOM_LOCAL_DATA_DIR", data.toAbsolutePath().toString()),
				LOGS, "--server.port=0", "--jobrunr.dashboard.port=0");

		assertThat(local.awaitExit(EXIT)).as(local::tail).isEqualTo(1);
		assertThat(local.output()).contains("Pressroom's S3 server:")
			.contains("Pressroom did not start: ")
			.contains(REFUSED);
	}

	/** A real server, and a user it knows, whose password the nodes get wrong. */
	private static DatabaseDetails refusing() {
		return TestDatabase.get();
	}

}
