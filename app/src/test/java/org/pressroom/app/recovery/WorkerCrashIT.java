package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.NodeProcess;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;

/**
 * A worker JVM dies (SIGKILL, with its pdflatex) in the middle of typesetting. JobRunr declares the job orphaned
 * once the dead server's heartbeat is older than 4 poll intervals and retries it; another worker finishes it. The
 * version ends succeeded with one complete set of outputs: S3 puts are atomic and status.json goes last.
 */
class WorkerCrashIT {

	private static final Duration RECOVERY = Duration.ofSeconds(120);

	@Test
	void anotherWorkerFinishesTheJobOfAKilledOne() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.infrastructureOnly()) {
			NodeProcess app = pressroom.startNode(NodeProcess.appJar(), "app", "--server.port=0",
					"--jobrunr.dashboard.enabled=false");
			NodeProcess first = pressroom.startNode(NodeProcess.workerJar(), "worker-1", "--server.port=0");
			app.awaitOutput("Started PressroomApp", Duration.ofSeconds(90));
			first.awaitOutput("Started PressroomWorker", Duration.ofSeconds(90));
			pressroom.apt.loadBeta1Dump();
			FaultLedger ledger = pressroom.ledger();
			ledger.awaitAllRendered(List.of(new VersionKey(AptEdits.GEDI, 1)), RECOVERY);

			pressroom.apt.setIntroductionParagraphs(AptEdits.GEDI, 1, 6000, "Typeset when the worker died.");
			await().atMost(RECOVERY).pollInterval(Duration.ofMillis(20)).until(first::isTypesetting);
			first.kill();
			long killed = System.nanoTime();
			NodeProcess second = pressroom.startNode(NodeProcess.workerJar(), "worker-2", "--server.port=0");

			VersionKey gedi = new VersionKey(AptEdits.GEDI, 1);
			ledger.awaitAllRendered(List.of(gedi), RECOVERY);
			long recoveryMillis = (System.nanoTime() - killed) / 1_000_000;

			String checksum = ledger.currentChecksum(gedi).orElseThrow();
			assertThat(first.output()).doesNotContain("Rendered " + gedi + " at " + checksum);
			assertThat(second.output()).containsOnlyOnce("Rendered " + gedi + " at " + checksum);
			assertThat(ledger.objectNames(gedi, checksum)).containsExactlyInAnyOrder(
					OutputKeys.DOCUMENT_JSON, OutputKeys.DOCUMENT_TEX, OutputKeys.DOCUMENT_PDF,
					OutputKeys.DOCUMENT_HTML, OutputKeys.STATUS_JSON);
			assertThat(ledger.attempts(gedi, checksum)).isEqualTo(2);
			assertThat(ApiClient.textOf(ledger.servedPdf(gedi))).contains("Typeset when the worker died. 6000");
			FaultFigures.record("worker killed (kill -9) while typesetting", 1, 1, 1, 0, 0, List.of(recoveryMillis));
			ledger.close();
		}
	}

}
