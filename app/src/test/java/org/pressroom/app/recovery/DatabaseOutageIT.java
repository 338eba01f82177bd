package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.PressroomApp;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestS3;
import org.pressroom.worker.WorkerConfig;
import org.pressroom.worker.recovery.JobServerWatchdog;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL restarts under a running app and worker: JobRunr stops its background server, the watchdog starts it
 * again, the listeners reconnect, and an edit committed after the restart is rendered. Runs its own database and
 * context, since it stops the database.
 */
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void workerAndListenerComeBackAfterPostgresRestarts() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "outage-postgres").toAbsolutePath();
		int port = EmbeddedPostgres.freePort();
		EmbeddedPostgres postgres = start(dataDir, port);
		EmbeddedS3 s3 = TestS3.get();
		try (ConfigurableApplicationContext context = pressroom(postgres, s3)) {
			ApiClient api = new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
			AptEdits apt = new AptEdits(context.getBean(JdbcClient.class), context.getBean(DataSource.class));
			BackgroundJobServer server = context.getBean(BackgroundJobServer.class);
			apt.loadBeta1Dump();
			awaitPdfText(api, "The Global Ecosystem Dynamics Investigation");

			postgres.close();
			await().atMost(PATIENCE).until(() -> !server.isRunning());
			postgres = start(dataDir, port);

			await().atMost(PATIENCE).until(server::isRunning);
			assertThat(context.getBean(JobServerWatchdog.class).restarts()).isPositive();
			apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Committed after the database came back.");
			awaitPdfText(api, "Committed after the database came back.");
		}
		finally {
			postgres.close();
		}
	}

	private static EmbeddedPostgres start(Path dataDir, int port) throws Exception {
		return EmbeddedPostgres.start(dataDir, port, "pressroom", "pressroom", "pressroom", false);
	}

	private static ConfigurableApplicationContext pressroom(EmbeddedPostgres postgres, EmbeddedS3 s3) {
		SpringApplication application = new SpringApplication(PressroomApp.class, WorkerConfig.class);
		application.setAdditionalProfiles("core", "app", "worker", "test");
		// Arguments, not system properties: they outrank the profiles' files and do not leak into other tests.
		return application.run("--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=" + postgres.password(),
				"--spring.datasource.hikari.connection-timeout=1000", "--pressroom.storage.endpoint=" + s3.endpoint(),
				"--pressroom.storage.access-key=" + s3.accessKey(), "--pressroom.storage.secret-key=" + s3.secretKey(),
				"--pressroom.storage.bucket=pressroom-outage", "--pressroom.recovery.check-interval=500ms",
				"--pressroom.listening.reconnect-max-delay=1s", "--server.port=0");
	}

	private static void awaitPdfText(ApiClient api, String text) {
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(api.pdfText(AptEdits.GEDI, 1)).contains(text));
	}

}
