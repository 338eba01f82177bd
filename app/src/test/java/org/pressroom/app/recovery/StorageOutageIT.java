package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;

import tools.jackson.databind.JsonNode;

/**
 * S3 goes away while an edit is rendered: the attempt fails, the row goes back to
 * Pressroom's queue and says why and when the next attempt starts, readers keep the last
 * good output this node served (a clear 503 for one it never served, never a broken
 * file), and the edit is served once S3 is back.
 */
class StorageOutageIT {

	@Test
	void renderRetriesUntilStorageIsBack() throws Exception {
		try (StandalonePressroom pressroom = StandalonePressroom.inProcess()) {
			pressroom.apt.loadBeta1Dump();
			DatabaseOutageIT.awaitPdfText(pressroom, "The Global Ecosystem Dynamics Investigation");

			pressroom.stopS3();
			long stopped = System.nanoTime();
			pressroom.apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, "Rendered once S3 was back.");

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				JsonNode status = pressroom.api().status(AptEdits.GEDI, 1);
				assertThat(status.get("state").asString()).isIn("queued", "running");
				assertThat(status.get("error").asString("")).contains("failed, the next one starts at");
			});
			// The PDF was served before the outage: readers keep getting it, marked
			// stale. The HTML was never served by this node, so there is nothing to fall
			// back on: a clear 503, not a broken file.
			HttpResponse<byte[]> pdf = pressroom.api().get("/api/atbds/2/versions/1/pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Pressroom-Stale")).hasValue("true");
			assertThat(ApiClient.textOf(pdf.body())).contains("The Global Ecosystem Dynamics Investigation");
			HttpResponse<byte[]> html = pressroom.api().get("/api/atbds/2/versions/1/html");
			assertThat(html.statusCode()).isEqualTo(503);
			assertThat(ApiClient.json(html).get("detail").asString()).contains("storage");

			Thread.sleep(Math.max(0, FaultScale.S3_OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
			pressroom.startS3();
			long restarted = System.nanoTime();

			DatabaseOutageIT.awaitPdfText(pressroom, "Rendered once S3 was back.");
			JsonNode status = pressroom.api().status(AptEdits.GEDI, 1);
			assertThat(status.get("state").asString()).isEqualTo("succeeded");
			assertThat(status.get("attempts").asInt()).isGreaterThan(1);
			assertThat(status.get("error").isNull()).isTrue();
			FaultFigures.record("S3 unavailable for " + (restarted - stopped) / 1_000_000_000 + " s", 1, 1, 1, 0, 0,
					List.of((System.nanoTime() - restarted) / 1_000_000));
		}
	}

}
