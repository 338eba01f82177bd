package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.NodeProcess;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.document.VersionKey;
import org.pressroom.worker.render.LocalRenderer;

/**
 * The app's dispatcher dies (SIGKILL) after it read a change request and computed its
 * checksum, before it enqueued the job. The request stays pending in the database, and
 * the next dispatcher renders it. The crash point is made deterministic without a test
 * hook: the test holds a lock on the serialization table, so the dispatcher blocks on its
 * first write, and PostgreSQL shows it waiting there.
 */
class DispatcherCrashIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void requestReadButNotEnqueuedIsRenderedAfterRestart() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.infrastructureOnly();
				FaultLedger ledger = pressroom.ledger()) {
			// A worker of this build ran here before: the app node computes checksums
			// with its renderer version.
			pressroom.migrate();
			LocalRenderer renderer = LocalRenderer.ofThisClassPath();
			new RenderWorkerRepository(pressroom.jdbc).registerRenderer(renderer.version(), renderer.codeDigest(),
					renderer.texVersion(), Instant.now());
			NodeProcess app = pressroom.startNode(NodeProcess.appImageJar(), "app", "--server.port=0",
					"--jobrunr.dashboard.enabled=false");
			app.awaitOutput("Started PressroomApp", PATIENCE);
			pressroom.apt.loadBeta1Dump();
			await().atMost(PATIENCE).until(() -> pressroom.apt.pendingChangeRequests() == 0);
			int jobsBefore = pressroom.apt.renderJobCount();

			long killed;
			try (Connection lock = pressroom.dataSource().getConnection()) {
				lock.setAutoCommit(false);
				try (Statement statement = lock.createStatement()) {
					statement.execute("LOCK TABLE pressroom.serialization IN EXCLUSIVE MODE");
				}
				pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Read, then the dispatcher died.");
				await().atMost(PATIENCE).until(() -> dispatcherWaitsOnLock(pressroom));
				app.kill();
				killed = System.nanoTime();
				lock.rollback();
			}

			VersionKey gedi = new VersionKey(AptEdits.GEDI, 1);
			assertThat(ledger.isPending(gedi)).isTrue();
			assertThat(pressroom.apt.renderJobCount()).isEqualTo(jobsBefore);

			pressroom.startInProcess();
			List<VersionKey> all = List.of(gedi, new VersionKey(3, 1), new VersionKey(4, 1));
			ledger.awaitAllRendered(all, PATIENCE);
			long recoveryMillis = (System.nanoTime() - killed) / 1_000_000;
			assertThat(ApiClient.textOf(ledger.servedPdf(gedi))).contains("Read, then the dispatcher died.");
			assertThat(ledger.succeededRenders(gedi)).isEqualTo(1);
			FaultFigures.record("dispatcher killed between read and enqueue", 3, 4, 4, ledger.staleCount(all), 0,
					List.of(recoveryMillis));
		}
	}

	private static boolean dispatcherWaitsOnLock(StandalonePressroom pressroom) {
		return pressroom.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE wait_event_type = 'Lock' AND query ILIKE '%pressroom.serialization%'
				""").query(Integer.class).single() > 0;
	}

}
