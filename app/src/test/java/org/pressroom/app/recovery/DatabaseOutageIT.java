package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.pressroom.app.AptEdits;
import org.pressroom.worker.recovery.JobServerWatchdog;

/**
 * PostgreSQL restarts under a running app and worker: JobRunr stops its background server, the watchdog starts it
 * again, the listeners reconnect, and an edit committed after the restart is rendered.
 */
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void workerAndListenerComeBackAfterPostgresRestarts() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcess()) {
			BackgroundJobServer server = pressroom.jobServer();
			pressroom.apt.loadBeta1Dump();
			awaitPdfText(pressroom, "The Global Ecosystem Dynamics Investigation");

			pressroom.stopPostgres();
			await().atMost(PATIENCE).until(() -> !server.isRunning());
			pressroom.startPostgres();

			await().atMost(PATIENCE).until(server::isRunning);
			assertThat(pressroom.bean(JobServerWatchdog.class).restarts()).isPositive();
			pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Committed after the database came back.");
			awaitPdfText(pressroom, "Committed after the database came back.");
		}
	}

	static void awaitPdfText(StandalonePressroom pressroom, String text) {
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(pressroom.api().pdfText(AptEdits.GEDI, 1)).contains(text));
	}

}
