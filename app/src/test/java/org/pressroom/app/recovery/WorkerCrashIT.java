package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.NodeProcess;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;

/**
 * One of two worker JVMs dies (SIGKILL to the JVM alone) in the middle of typesetting.
 * Its pdflatex dies with it (issue #12), and the surviving worker starts the render again
 * within seconds (issue #11): the dead worker's liveness lock went with its session, and
 * the survivor's takeover re-queued the render under a new job instead of waiting for
 * JobRunr's orphan detection (4 × the 5 s poll). The version ends succeeded with one
 * complete set of outputs: S3 puts are atomic and status.json goes last.
 */
class WorkerCrashIT {

	private static final Duration RECOVERY = Duration.ofSeconds(120);

	@Test
	void survivorRestartsTheRenderOfAKilledWorkerWithinSecondsAndItsPdflatexDiesWithIt() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.infrastructureOnly();
				FaultLedger ledger = pressroom.ledger()) {
			NodeProcess app = pressroom.startNode(NodeProcess.appImageJar(), "app", "--server.port=0",
					"--jobrunr.dashboard.enabled=false");
			NodeProcess first = pressroom.startNode(NodeProcess.workerImageJar(), "worker-1", "--server.port=0");
			NodeProcess second = pressroom.startNode(NodeProcess.workerImageJar(), "worker-2", "--server.port=0");
			app.awaitOutput("Started PressroomApp", Duration.ofSeconds(120));
			first.awaitOutput("Started PressroomWorker", Duration.ofSeconds(120));
			second.awaitOutput("Started PressroomWorker", Duration.ofSeconds(120));
			pressroom.apt.loadBeta1Dump();
			VersionKey gedi = new VersionKey(AptEdits.GEDI, 1);
			ledger.awaitAllRendered(List.of(gedi, new VersionKey(3, 1), new VersionKey(4, 1)), RECOVERY);

			pressroom.apt.setIntroductionParagraphs(AptEdits.GEDI, 1, 6000, "Typeset when the worker died.");
			await().atMost(RECOVERY)
				.pollInterval(Duration.ofMillis(20))
				.until(() -> first.isTypesetting() || second.isTypesetting());
			NodeProcess victim = first.isTypesetting() ? first : second;
			NodeProcess survivor = (victim == first) ? second : first;
			String checksum = ledger.currentChecksum(gedi).orElseThrow();
			List<ProcessHandle> pdflatex = victim.killJvmOnly();
			long killed = System.nanoTime();

			assertThat(pdflatex).isNotEmpty();
			await("pdflatex dies with its JVM").atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> pdflatex.stream().noneMatch(ProcessHandle::isAlive));
			long pdflatexGoneMillis = (System.nanoTime() - killed) / 1_000_000;
			UUID survivorId = workerId(pressroom, survivor);
			await("the survivor starts the render again").atMost(RECOVERY)
				.pollInterval(Duration.ofMillis(20))
				.until(() -> runsOn(pressroom, gedi, checksum, survivorId));
			long restartMillis = (System.nanoTime() - killed) / 1_000_000;
			ledger.awaitAllRendered(List.of(gedi), RECOVERY);
			long recoveryMillis = (System.nanoTime() - killed) / 1_000_000;

			assertThat(victim.output()).doesNotContain("Rendered " + gedi + " at " + checksum);
			assertThat(survivor.output()).containsOnlyOnce("Rendered " + gedi + " at " + checksum)
				.contains("Took over " + gedi + " at " + checksum);
			assertThat(ledger.objectNames(gedi, checksum)).containsExactlyInAnyOrder(OutputKeys.DOCUMENT_JSON,
					OutputKeys.DOCUMENT_TEX, OutputKeys.DOCUMENT_PDF, OutputKeys.DOCUMENT_HTML, OutputKeys.STATUS_JSON);
			assertThat(ledger.attempts(gedi, checksum)).isEqualTo(2);
			assertThat(ApiClient.textOf(ledger.servedPdf(gedi))).contains("Typeset when the worker died. 6000");
			System.out.printf(
					"worker killed mid-render: pdflatex gone after %d ms, render restarted on the other "
							+ "worker after %d ms, served after %d ms%n",
					pdflatexGoneMillis, restartMillis, recoveryMillis);
			FaultFigures.record("worker killed (kill -9) while typesetting", 1, 1, 1, 0, 0, List.of(restartMillis));
		}
	}

	/** The worker id a node registered under, found by its process id. */
	static UUID workerId(StandalonePressroom pressroom, NodeProcess node) {
		return pressroom.jdbc.sql("SELECT id FROM pressroom.render_workers WHERE host LIKE :pid")
			.param("pid", "%:" + node.pid())
			.query(UUID.class)
			.single();
	}

	/**
	 * Whether an attempt after the first runs the version's checksum on {@code worker}.
	 */
	static boolean runsOn(StandalonePressroom pressroom, VersionKey key, String checksum, UUID worker) {
		return pressroom.jdbc.sql("""
				SELECT count(*) FROM pressroom.serialization
				WHERE atbd_id = :atbd AND major = :major AND checksum = :checksum AND worker_id = :worker
				  AND attempts >= 2 AND state IN ('running', 'succeeded')
				""")
			.param("atbd", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("worker", worker)
			.query(Integer.class)
			.single() > 0;
	}

}
