package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.pressroom.testing.AptFixtures;

import tools.jackson.databind.JsonNode;

/**
 * Image objectKeys come from documents, and S3 servers may resolve {@code ..} (the AWS
 * SDK sends it as written): an objectKey that climbs into another ATBD's images or into
 * {@code atbds/} (another version's rendered PDF) must embed nothing and say so, in both
 * outputs. The objects it aims at exist in the real S3 server, so an embedding would
 * show; {@code StorageFailuresIT} shows that no request is sent for such a key.
 */
class ImageKeyEscapeIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(90);

	@Test
	void objectKeysThatClimbOutOfTheirFolderEmbedNothingAndAreWarnedAbout() throws IOException {
		byte[] secret = AptFixtures.fullMoonImage();
		int victim = this.apt.insertAtbd("image-victim", document(image("secret.jpg", "The victim's own image")),
				Map.of("secret.jpg", secret), this.store);
		String victimChecksum = awaitSucceeded(victim).get("checksum").asString();
		String otherImage = "../../" + victim + "/images/secret.jpg";
		String otherPdf = "../../atbds/" + victim + "/v1/" + victimChecksum + "/document.pdf";

		int climber = this.apt.insertAtbd("image-climber",
				document(image(otherImage, "Another ATBD's image"), image(otherPdf, "Another version's PDF")), Map.of(),
				this.store);
		JsonNode status = awaitSucceeded(climber);

		assertThat(status.get("warnings").toString()).contains("image \\\"" + otherImage + "\\\" is not shown",
				"image \\\"" + otherPdf + "\\\" is not shown", "its objectKey has an empty, . or .. segment");
		HttpResponse<byte[]> html = this.api.get("/api/atbds/" + climber + "/versions/1/html");
		assertThat(html.statusCode()).isEqualTo(200);
		String page = new String(html.body(), StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("data:image/", "data:application/pdf",
				Base64.getEncoder().encodeToString(secret).substring(0, 64));
		HttpResponse<byte[]> pdf = this.api.get("/api/atbds/" + climber + "/versions/1/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(imagesAndFormsIn(pdf.body())).isZero();
		// The victim's own image is embedded: the objects aimed at are there to be found.
		assertThat(imagesAndFormsIn(this.api.get("/api/atbds/" + victim + "/versions/1/pdf").body())).isPositive();
	}

	private JsonNode awaitSucceeded(int atbd) {
		await().atMost(RENDERED)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).isEqualTo("succeeded"));
		return this.api.status(atbd, 1);
	}

	/**
	 * Image and form XObjects on the PDF's pages: an embedded JPEG or PDF page is one of
	 * them.
	 */
	private static int imagesAndFormsIn(byte[] pdf) throws IOException {
		int count = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				if (page.getResources() != null) {
					for (COSName name : page.getResources().getXObjectNames()) {
						count += (name != null) ? 1 : 0;
					}
				}
			}
		}
		return count;
	}

	private static String document(String... blocks) {
		return """
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "Images follow."}]}, %s
				]}}""".formatted(String.join(", ", blocks));
	}

	private static String image(String objectKey, String caption) {
		return """
				{"type": "image-block", "children": [
				  {"type": "img", "objectKey": "%s", "children": [{"text": ""}]},
				  {"type": "caption", "children": [{"text": "%s"}]}]}""".formatted(objectKey, caption);
	}

}
