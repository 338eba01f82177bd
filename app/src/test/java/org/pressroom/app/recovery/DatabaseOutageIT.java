package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.core.document.VersionKey;
import org.pressroom.worker.recovery.JobServerWatchdog;

/**
 * PostgreSQL restarts under a running app and worker while an editor keeps saving:
 * JobRunr OSS stops its background server for good on a database outage, Pressroom's
 * watchdog starts it again (no exit, no supervisor needed), the listeners reconnect, and
 * every edit committed before and after the restart is rendered.
 */
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final VersionKey GEDI = new VersionKey(AptEdits.GEDI, 1);

	@Test
	void workerAndListenerComeBackAfterPostgresRestartsUnderEdits() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcess(); FaultLedger ledger = pressroom.ledger()) {
			BackgroundJobServer server = pressroom.jobServer();
			pressroom.apt.loadBeta1Dump();
			awaitPdfText(pressroom, "The Global Ecosystem Dynamics Investigation");

			AtomicBoolean editing = new AtomicBoolean(true);
			AtomicInteger committed = new AtomicInteger();
			CompletableFuture<String> editor = CompletableFuture
				.supplyAsync(() -> keepEditing(pressroom, editing, committed));
			await().atMost(PATIENCE).until(() -> committed.get() >= 5);
			pressroom.stopPostgres();
			await().atMost(PATIENCE).until(() -> !server.isRunning());
			pressroom.startPostgres();
			long restarted = System.nanoTime();
			int committedBeforeRestart = committed.get();

			await().atMost(PATIENCE).until(server::isRunning);
			assertThat(pressroom.bean(JobServerWatchdog.class).restarts()).isPositive();
			await().atMost(PATIENCE).until(() -> committed.get() >= committedBeforeRestart + 5);
			editing.set(false);
			String lastEdit = editor.get();

			ledger.awaitAllRendered(List.of(GEDI), PATIENCE);
			long recoveryMillis = (System.nanoTime() - restarted) / 1_000_000;
			assertThat(ApiClient.textOf(ledger.servedPdf(GEDI))).contains(lastEdit);
			FaultFigures.record("PostgreSQL restarted under edits", 1, committed.get(), committed.get(),
					ledger.staleCount(List.of(GEDI)), 0, List.of(recoveryMillis));
		}
	}

	/**
	 * Saves a new paragraph every 100 ms, as an editor would, retrying while the database
	 * is away.
	 */
	private static String keepEditing(StandalonePressroom pressroom, AtomicBoolean editing, AtomicInteger committed) {
		String last = null;
		while (editing.get()) {
			String paragraph = "Edit " + committed.get() + " around the restart.";
			try {
				pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, paragraph);
				committed.incrementAndGet();
				last = paragraph;
			}
			catch (RuntimeException ex) {
				// The database is restarting: the edit did not commit; the editor saves
				// again.
			}
			sleep(100);
		}
		return last;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void awaitPdfText(StandalonePressroom pressroom, String text) {
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(pressroom.api().pdfText(AptEdits.GEDI, 1)).contains(text));
	}

}
