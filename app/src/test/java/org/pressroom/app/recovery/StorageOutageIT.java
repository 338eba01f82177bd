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
 * S3 goes away while an edit is rendered: the job keeps its row running and says why it retries, readers keep the
 * last good output this node served (a clear 503 for one it never served, never a broken file), and the edit is
 * served once S3 is back.
 */
class StorageOutageIT {

	@Test
	void renderRetriesUntilStorageIsBack() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcess()) {
			pressroom.apt.loadBeta1Dump();
			DatabaseOutageIT.awaitPdfText(pressroom, "The Global Ecosystem Dynamics Investigation");

			pressroom.stopS3();
			pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Rendered once S3 was back.");

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				JsonNode status = pressroom.api().status(AptEdits.GEDI, 1);
				assertThat(status.get("state").asString()).isEqualTo("running");
				assertThat(status.get("error").asString("")).contains("JobRunr retries it");
			});
			// The PDF was served before the outage: readers keep getting it, marked stale. The HTML was never
			// served by this node, so there is nothing to fall back on: a clear 503, not a broken file.
			HttpResponse<byte[]> pdf = pressroom.api().get("/api/atbds/2/versions/1/pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Pressroom-Stale")).hasValue("true");
			assertThat(ApiClient.textOf(pdf.body())).contains("The Global Ecosystem Dynamics Investigation");
			HttpResponse<byte[]> html = pressroom.api().get("/api/atbds/2/versions/1/html");
			assertThat(html.statusCode()).isEqualTo(503);
			assertThat(ApiClient.json(html).get("detail").asString()).contains("storage");

			pressroom.startS3();

			DatabaseOutageIT.awaitPdfText(pressroom, "Rendered once S3 was back.");
			JsonNode status = pressroom.api().status(AptEdits.GEDI, 1);
			assertThat(status.get("state").asString()).isEqualTo("succeeded");
			assertThat(status.get("attempts").asInt()).isGreaterThan(1);
			assertThat(status.get("error").isNull()).isTrue();
		}
	}

}
