package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.dispatch.CurrentRenderer;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.CollectGarbageHandler;
import org.pressroom.core.job.CollectGarbageRequest;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.worker.recovery.RenderTakeover;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Issue #12's honest failure states, on the shared context (app and worker, real
 * PostgreSQL, S3 and pdflatex): no version stays pending, queued or running for ever, and
 * every failure says why.
 */
class HonestFailureStatesIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(90);

	@Autowired
	SerializationRepository serializations;

	@Autowired
	CurrentRenderer renderer;

	@Autowired
	RenderTakeover takeover;

	@Autowired
	CollectGarbageHandler collectGarbage;

	@Test
	void contentTheParserRefusesFailsTheVersionWithTheReasonAndIsNotRetriedUntilItChanges() throws Exception {
		// Nested deeper than Jackson's 500 levels: APT's json column takes it, the
		// dispatcher cannot read it.
		String deep = "{\"introduction\": " + "{\"children\": [".repeat(300) + "{\"text\": \"deep\"}" + "]}".repeat(300)
				+ "}";
		int atbd = this.apt.insertAtbd("too-deep", deep, Map.of(), this.store);

		JsonNode failed = this.api.awaitState(atbd, 1, "failed", RENDERED);

		assertThat(failed.get("error").asString()).contains("cannot be read").contains("depth");
		assertThat(failed.get("changePending").asBoolean()).isFalse();
		Thread.sleep(3_000); // three polls of the listener
		assertThat(dispatchAttempts(atbd)).isEqualTo(1);

		this.apt.setIntroduction(atbd, 1, "Shallow again.");
		assertThat(this.api.awaitState(atbd, 1, "succeeded", RENDERED).get("error").isNull()).isTrue();
		assertThat(this.api.pdfText(atbd, 1)).contains("Shallow again.");
	}

	@Test
	void nulCharacterInAWarningDoesNotTurnASuccessfulRenderIntoRetries() {
		int atbd = this.apt.insertAtbd("nul-warning", """
				{"introduction": {"children": [{"type": "odd\\u0000type", "children": [{"text": "Shown as text."}]}]}}
				""", Map.of(), this.store);

		JsonNode status = this.api.awaitState(atbd, 1, "succeeded", RENDERED);

		assertThat(status.get("attempts").asInt()).isEqualTo(1);
		// The renderer marks the NUL (U+FFFD); StoredText would have made it U+2400 had
		// it reached the row.
		assertThat(status.get("warnings").toString()).containsPattern("odd[\u2400\uFFFD]type");
		assertThat(this.api.pdfText(atbd, 1)).contains("Shown as text.");
	}

	@Test
	void versionDeletedAndCreatedAgainWithContentRenderedBeforeRenders() {
		this.apt.loadBeta1Dump();
		String rendered = this.api.awaitState(3, 1, "succeeded", RENDERED).get("checksum").asString();
		this.jdbc.sql("CREATE TABLE public.version_copy AS SELECT * FROM apt.atbd_versions WHERE atbd_id = 3").update();
		this.jdbc.sql("CREATE TABLE public.link_copy AS SELECT * FROM apt.atbd_versions_contacts WHERE atbd_id = 3")
			.update();
		try {
			this.apt.deleteVersion(3, 1);
			await().atMost(RENDERED)
				.until(() -> this.apt.serializationCount(3, 1) == 0 && this.apt.pendingChangeRequests() == 0);

			this.jdbc.sql("INSERT INTO apt.atbd_versions SELECT * FROM public.version_copy").update();
			this.jdbc.sql("INSERT INTO apt.atbd_versions_contacts SELECT * FROM public.link_copy").update();

			JsonNode again = this.api.awaitState(3, 1, "succeeded", RENDERED);
			assertThat(again.get("checksum").asString()).isEqualTo(rendered);
			assertThat(this.api.get("/api/atbds/3/versions/1/pdf").statusCode()).isEqualTo(200);
		}
		finally {
			this.jdbc.sql("DROP TABLE IF EXISTS public.version_copy, public.link_copy").update();
		}
	}

	@Test
	void forcedRerenderStartsANewAttemptWhenTheRowsWorkerIsGone() {
		this.apt.loadBeta1Dump();
		String before = this.api.awaitState(4, 1, "succeeded", RENDERED).get("checksum").asString();
		// A row left running by a worker that is gone (before issue #12, a row whose
		// retries ran out stayed so).
		this.takeover.stop();
		try {
			this.jdbc.sql("""
					UPDATE pressroom.serialization SET state = 'running', finished_at = NULL, worker_id = :worker
					WHERE atbd_id = 4 AND major = 1 AND checksum = :checksum
					""").param("worker", UUID.randomUUID()).param("checksum", before).update();
			assertThat(this.api.status(4, 1).get("state").asString()).isEqualTo("running");

			HttpResponse<byte[]> accepted = this.api.post("/api/atbds/4/versions/1/serialize");

			assertThat(accepted.statusCode()).isEqualTo(202);
			assertThat(ApiClient.json(accepted).get("render").asString()).isEqualTo("requested");
			await().atMost(RENDERED).untilAsserted(() -> {
				JsonNode status = this.api.status(4, 1);
				assertThat(status.get("state").asString()).isEqualTo("succeeded");
				assertThat(status.get("checksum").asString()).isNotEqualTo(before);
			});
		}
		finally {
			this.takeover.start();
		}
	}

	@Test
	void garbageCollectionPrunesSupersededRowsOnceTheGracePeriodIsOver() {
		this.apt.loadBeta1Dump();
		String current = this.api.awaitState(AptEdits.GEDI, 1, "succeeded", RENDERED).get("checksum").asString();
		VersionKey gedi = new VersionKey(AptEdits.GEDI, 1);
		String renderer = this.renderer.version().orElseThrow();
		Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
		this.serializations.recordQueued(gedi, "e".repeat(64), 1, twoDaysAgo, Priority.BULK, renderer);
		this.serializations.markSuperseded(gedi, "e".repeat(64), twoDaysAgo);
		this.serializations.recordQueued(gedi, "f".repeat(64), 1, Instant.now(), Priority.BULK, renderer);
		this.serializations.markSuperseded(gedi, "f".repeat(64), Instant.now());

		this.collectGarbage.run(new CollectGarbageRequest());

		assertThat(this.serializations.find(gedi, "e".repeat(64))).isEmpty();
		assertThat(this.serializations.find(gedi, "f".repeat(64))).isPresent();
		assertThat(this.serializations.find(gedi, current)).isPresent();
		assertThat(this.api.status(AptEdits.GEDI, 1).get("checksum").asString()).isEqualTo(current);
	}

	private int dispatchAttempts(int atbd) {
		return this.jdbc.sql("SELECT dispatch_attempts FROM pressroom.change_requests WHERE atbd_id = :atbd")
			.param("atbd", atbd)
			.query(Integer.class)
			.single();
	}

}
