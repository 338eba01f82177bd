package org.pressroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.JobIds;
import org.pressroom.core.job.RenderRequest;
import org.pressroom.core.serialization.SerializationRepository;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A committed edit, by any writer, becomes PDF and HTML in S3 once per checksum. */
class EndToEndIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(90);

	@Autowired
	SerializationRepository serializations;

	@Test
	void beta1DumpLoadsAndAllThreeVersionsRender() {
		this.apt.loadBeta1Dump();

		for (int atbd : List.of(2, 3, 4)) {
			awaitState(atbd, 1, "succeeded");
		}
		assertThat(this.api.pdfText("gedi04-a-atbd", 1))
			.contains("Algorithm theoretical basis document for GEDI footprint aboveground biomass density");
		assertThat(this.api.pdfText(AptEdits.GEDI, 1)).contains("The Global Ecosystem Dynamics Investigation (GEDI)");
		HttpResponse<byte[]> html = this.api.get("/api/atbds/4/versions/1/html");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(new String(html.body())).contains("Harmonized Landsat/Sentinel-2 Reflectance Dataset");
	}

	@Test
	void editBySqlProducesPdfContainingTheEdit() {
		this.apt.loadBeta1Dump();
		awaitState(AptEdits.GEDI, 1, "succeeded");

		this.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Walrus quartz 4711 was edited by psql.");

		await().atMost(RENDERED)
			.untilAsserted(() -> assertThat(this.api.pdfText(AptEdits.GEDI, 1))
				.contains("Walrus quartz 4711 was edited by psql."));
		HttpResponse<byte[]> pdf = this.api.get("/api/atbds/2/versions/1/pdf");
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Pressroom-Stale")).hasValue("false");
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(2);
	}

	@Test
	void sameContentTwiceRendersOnce() {
		this.apt.loadBeta1Dump();
		awaitState(AptEdits.GEDI, 1, "succeeded");
		String checksum = this.api.status(AptEdits.GEDI, 1).get("checksum").asString();

		this.apt.touchWithoutChangingContent(AptEdits.GEDI, 1);

		await().atMost(RENDERED).until(() -> this.apt.pendingChangeRequests() == 0);
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(1);
		assertThat(this.api.status(AptEdits.GEDI, 1).get("checksum").asString()).isEqualTo(checksum);
		assertThat(this.apt.renderJobCount()).isEqualTo(3);
	}

	@Test
	void contactEditRerendersEveryLinkedVersion() {
		this.apt.loadBeta1Dump();
		this.apt.linkContact(AptEdits.GEDI, 1, 5);
		awaitState(AptEdits.GEDI, 1, "succeeded");
		awaitState(4, 1, "succeeded");

		this.apt.renameContact(5, "Masekovich");

		await().atMost(RENDERED).untilAsserted(() -> {
			assertThat(this.api.pdfText(AptEdits.GEDI, 1)).contains("Masekovich");
			assertThat(this.api.pdfText(4, 1)).contains("Masekovich");
		});
		assertThat(this.apt.serializationCount(3, 1)).isEqualTo(1);
	}

	@Test
	void editsWhileDispatcherStoppedAreRenderedAfterStart() {
		this.apt.loadBeta1Dump();
		awaitState(AptEdits.GEDI, 1, "succeeded");
		awaitState(4, 1, "succeeded");
		this.listener.stop();

		this.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "First edit while nobody listened.");
		this.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Second edit while nobody listened.");
		this.apt.setFirstIntroductionParagraph(4, 1, "Landsat edit while nobody listened.");
		assertThat(this.apt.pendingChangeRequests()).isEqualTo(2);
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(1);

		this.listener.start();

		await().atMost(RENDERED).untilAsserted(() -> {
			assertThat(this.api.pdfText(AptEdits.GEDI, 1)).contains("Second edit while nobody listened.");
			assertThat(this.api.pdfText(4, 1)).contains("Landsat edit while nobody listened.");
		});
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(2);
	}

	@Test
	void deletingAVersionLeavesNoQueuedWork() {
		this.apt.loadBeta1Dump();
		awaitState(3, 1, "succeeded");
		this.apt.setIntroduction(3, 1, "Queued, then deleted.");
		await().atMost(RENDERED).until(() -> this.apt.serializationCount(3, 1) == 2);
		List<UUID> jobIds = this.serializations.findAll(new VersionKey(3, 1))
			.stream()
			.map(RenderRequest::of)
			.map(JobIds::render)
			.toList();

		this.apt.deleteVersion(3, 1);

		await().atMost(RENDERED).until(() -> this.apt.pendingChangeRequests() == 0);
		assertThat(this.apt.serializationCount(3, 1)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM pressroom.change_requests WHERE atbd_id = 3")
			.query(Integer.class)
			.single()).isZero();
		await().atMost(RENDERED).untilAsserted(() -> assertThat(unfinishedJobs(jobIds)).isZero());
		assertThat(this.api.get("/api/atbds/3/versions/1/serialization").statusCode()).isEqualTo(404);
	}

	@Test
	void latexErrorFailsWithTheLogLinesAndKeepsServingTheLastGoodPdf() {
		this.apt.loadBeta1Dump();
		awaitState(3, 1, "succeeded");
		String good = this.api.status(3, 1).get("checksum").asString();

		// Escaping and the equation allow-list keep content from breaking LaTeX; TeX's
		// own limits remain.
		this.apt.setIntroduction(3, 1, "word ".repeat(800_000));

		JsonNode failed = awaitState(3, 1, "failed");
		assertThat(failed.get("attempts").asInt()).isEqualTo(1);
		assertThat(failed.get("error").asString()).isNotBlank();
		assertThat(failed.get("errors").toString()).containsAnyOf("TeX capacity exceeded",
				"Unable to read an entire line");
		assertThat(failed.get("served").asString()).isEqualTo(good);
		HttpResponse<byte[]> pdf = this.api.get("/api/atbds/3/versions/1/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Pressroom-Stale")).hasValue("true");
		assertThat(pdf.headers().firstValue("Pressroom-Checksum")).hasValue(good);
		RenderRequest request = RenderRequest.of(this.serializations.current(new VersionKey(3, 1)).orElseThrow());
		// The job ends a moment after its row: the worker admits the next render first.
		await().atMost(RENDERED).until(() -> jobState(JobIds.render(request)).equals("SUCCEEDED"));
	}

	@Test
	void fixtureWithEveryNodeTypeRendersWithItsImage() {
		int atbd = this.apt.insertFixtureAtbdWithImage(this.store);

		JsonNode status = awaitState(atbd, 1, "succeeded");

		assertThat(status.get("warnings").toString()).doesNotContain("fullmoon.jpg");
		HttpResponse<byte[]> html = this.api.get("/api/atbds/pressroom-test-fixture/versions/1/html");
		assertThat(new String(html.body())).contains("<img").contains("data:image/jpeg;base64,");
		assertThat(this.api.pdfText(atbd, 1)).contains("Pressroom test fixture");
	}

	@Test
	void serializeRequestRendersAgainUnderANewChecksum() {
		this.apt.loadBeta1Dump();
		awaitState(4, 1, "succeeded");
		String before = this.api.status(4, 1).get("checksum").asString();

		HttpResponse<byte[]> accepted = this.api
			.post("/api/atbds/harmonized-landsat-sentinel-2-reflectance-dataset/versions/1/serialize");

		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/atbds/4/versions/1/serialization");
		await().atMost(RENDERED).untilAsserted(() -> {
			JsonNode status = this.api.status(4, 1);
			assertThat(status.get("state").asString()).isEqualTo("succeeded");
			assertThat(status.get("checksum").asString()).isNotEqualTo(before);
		});
	}

	private JsonNode awaitState(int atbd, int major, String state) {
		await().atMost(RENDERED)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(atbd, major).get("state").asString()).isEqualTo(state));
		return this.api.status(atbd, major);
	}

	private int unfinishedJobs(List<UUID> ids) {
		return (int) ids.stream()
			.map(this::jobState)
			.filter((state) -> List.of("AWAITING", "SCHEDULED", "ENQUEUED", "PROCESSING").contains(state))
			.count();
	}

	private String jobState(UUID id) {
		return this.jdbc.sql("SELECT state FROM pressroom.jobrunr_jobs WHERE id = :id")
			.param("id", id.toString())
			.query(String.class)
			.optional()
			.orElse("ABSENT");
	}

}
