package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;

import tools.jackson.databind.JsonNode;

/**
 * Issue #12: every failure is the content's (final, shown to the editor) or the
 * infrastructure's (retried), and the row follows the last attempt: never running for
 * ever. Each test runs Pressroom with its own limits, and retries 1 s apart instead of
 * 3^n s.
 */
class RenderLimitsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private static final String QUICK_RETRIES = "--pressroom.admission.retry-delay-seed=1";

	@Test
	void pdflatexTimeoutIsRetriedAndFailsTheVersionOnlyAfterTheThirdAttempt() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom
			.inProcessWith("--pressroom.render.pdflatex-timeout=200ms", QUICK_RETRIES)) {
			pressroom.apt.loadBeta1Dump();

			JsonNode failed = pressroom.api().awaitState(AptEdits.GEDI, 1, "failed", PATIENCE);

			// One timeout may be an overloaded worker; three are the document.
			assertThat(failed.get("attempts").asInt()).isEqualTo(3);
			assertThat(failed.get("error").asString()).contains("pdflatex did not finish").contains("3 attempts");
		}
	}

	@Test
	void wholeRenderDeadlineEndsARenderThatRunsTooLong() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcessWith("--pressroom.render.deadline=300ms",
				"--pressroom.admission.timeout-attempts=2", QUICK_RETRIES)) {
			pressroom.apt.loadBeta1Dump();

			JsonNode failed = pressroom.api().awaitState(AptEdits.GEDI, 1, "failed", PATIENCE);

			assertThat(failed.get("attempts").asInt()).isEqualTo(2);
			assertThat(failed.get("error").asString()).contains("did not finish within 300 ms");
		}
	}

	@Test
	void infrastructureFailuresEndTheRowFailedWithTheReasonOnceAttemptsRunOut() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcessWith("--pressroom.admission.max-attempts=2",
				QUICK_RETRIES)) {
			pressroom.apt.loadBeta1Dump();
			pressroom.api().awaitState(AptEdits.GEDI, 1, "succeeded", PATIENCE);
			pressroom.stopS3();
			pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Rendered after the store came back.");

			JsonNode failed = pressroom.api().awaitState(AptEdits.GEDI, 1, "failed", PATIENCE);
			assertThat(failed.get("attempts").asInt()).isEqualTo(2);
			assertThat(failed.get("error").asString()).contains("Gave up after 2 attempts");

			// Nothing runs any more: a forced re-render starts a new attempt, which
			// succeeds with the store back.
			pressroom.startS3();
			HttpResponse<byte[]> accepted = pressroom.api().post("/api/atbds/2/versions/1/serialize");
			assertThat(ApiClient.json(accepted).get("render").asString()).isEqualTo("requested");
			DatabaseOutageIT.awaitPdfText(pressroom, "Rendered after the store came back.");
		}
	}

	@Test
	void dispatchThatCannotReachTheStoreIsRetriedWithTheReasonShown() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcessWith(QUICK_RETRIES)) {
			int atbd = insertAtbd(pressroom, "dispatch-retry", """
					{"introduction": {"children": [{"type": "p", "children": [{"text": "No image yet."}]}]}}
					""");
			pressroom.api().awaitState(atbd, 1, "succeeded", PATIENCE);
			pressroom.stopS3();
			// An image the dispatcher never saw: its identity must come from the store,
			// which is away.
			pressroom.jdbc.sql("""
					UPDATE apt.atbd_versions SET document = '{"introduction": {"children": [{"type": "image-block",
					    "children": [{"type": "img", "objectKey": "new-figure.png", "children": [{"text": ""}]},
					                 {"type": "caption", "children": [{"text": "A new figure."}]}]}]}}'::json
					WHERE atbd_id = :atbd
					""").param("atbd", atbd).update();

			await().atMost(PATIENCE).untilAsserted(() -> {
				JsonNode status = pressroom.api().status(atbd, 1);
				assertThat(status.get("state").asString()).isEqualTo("pending");
				assertThat(status.get("error").asString("")).contains("retried");
			});

			pressroom.startS3();
			JsonNode rendered = pressroom.api().awaitState(atbd, 1, "succeeded", PATIENCE);
			assertThat(rendered.get("error").isNull()).isTrue();
			assertThat(rendered.get("warnings").toString()).contains("new-figure.png");
		}
	}

	/**
	 * An ATBD with version 1.0 holding {@code document}, as any writer would insert it.
	 */
	private static int insertAtbd(StandalonePressroom pressroom, String alias, String document) {
		int atbd = pressroom.jdbc.sql("""
				INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
				VALUES ('Case ' || :alias, :alias, 'pressroom-tests', 'pressroom-tests') RETURNING id
				""").param("alias", alias).query(Integer.class).single();
		pressroom.jdbc
			.sql("""
					INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by, owner)
					VALUES (:atbd, 1, 0, 'DRAFT', :document::json, 'pressroom-tests', 'pressroom-tests', 'pressroom-tests')
					""")
			.param("atbd", atbd)
			.param("document", document)
			.update();
		return atbd;
	}

}
