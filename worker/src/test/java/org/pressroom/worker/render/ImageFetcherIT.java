package org.pressroom.worker.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestOutputStore;
import org.pressroom.testing.TestS3;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;
import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images fetched from a real (in-process) S3 server into a job folder: named by us and by
 * their checked format, each one that cannot be shown returned with its reason, and all
 * of a document's together within {@code max-total-image-size}.
 */
class ImageFetcherIT {

	private static final int ATBD = 41;

	@TempDir
	Path jobDir;

	private S3Client s3;

	private TestOutputStore store;

	@BeforeEach
	void setUp() {
		EmbeddedS3 server = TestS3.get();
		this.s3 = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(server.endpoint())
			.forcePathStyle(true)
			.region(Region.of(server.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
			.build();
		this.store = new TestOutputStore(this.s3, new StorageProperties("image-fetcher-it", null, server.endpoint(),
				server.region(), server.accessKey(), server.secretKey(), true));
		this.store.createBucketsIfMissing();
	}

	@AfterEach
	void tearDown() {
		this.s3.close();
	}

	@Test
	void fetchesImagesUnderNamesOfOursAndSaysWhyTheOthersAreNotShown() throws IOException {
		byte[] big = png(200, 200, true);
		this.store.putImage(ATBD, "a/first.png", png(30, 20, false), "image/png");
		this.store.putImage(ATBD, "second.JPG", AptDocuments.JSON.writeValueAsBytes("not a jpeg"), "image/jpeg");
		this.store.putImage(ATBD, "figure.pdf", "%PDF-1.4\ngarbage\n".getBytes(StandardCharsets.US_ASCII),
				"application/pdf");
		this.store.putImage(ATBD, "big.png", big, "image/png");
		this.store.putImage(ATBD, "small.png", png(10, 10, false), "image/png");
		long budget = png(30, 20, false).length + 20 + big.length / 2;
		ImageFetcher fetcher = new ImageFetcher(this.store, properties(DataSize.ofBytes(budget)));

		Map<String, Image> images = fetcher.fetch(
				version("a/first.png", "second.JPG", "figure.pdf", "missing.png", "big.png", "small.png"), this.jobDir);

		assertThat(images.get("a/first.png"))
			.isEqualTo(Image.available("a/first.png", "images/image-0.png", ImageFormat.PNG, 30, 20));
		assertThat(this.jobDir.resolve("images/image-0.png")).isRegularFile();
		assertThat(images.get("second.JPG").problem()).isEqualTo("it is not a PNG, JPEG or PDF file");
		assertThat(images.get("figure.pdf")).as("pdfTeX decides about a PDF")
			.isEqualTo(Image.available("figure.pdf", "images/image-2.pdf", ImageFormat.PDF, 0, 0));
		assertThat(images.get("missing.png").problem()).startsWith("not found, or larger than the ");
		assertThat(images.get("big.png").problem()).startsWith("not found, or larger than the ")
			.endsWith(" all images of a document may take");
		assertThat(images.get("small.png").isAvailable()).as("smaller ones still fit").isTrue();
		try (var files = Files.list(this.jobDir.resolve("images"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("image-0.png",
					"image-2.pdf", "image-5.png");
		}
	}

	@Test
	void saysNotFoundOrTooLargeForOneImage() throws IOException {
		Map<String, Image> images = new ImageFetcher(this.store, properties(DataSize.ofMegabytes(100)))
			.fetch(version("missing.png"), this.jobDir);

		assertThat(images.get("missing.png").problem()).isEqualTo("not found, or larger than 20 MB");
	}

	@Test
	void fetchesNoMoreThanTheImageLimit() throws IOException {
		this.store.putImage(ATBD, "one.png", png(4, 4, false), "image/png");
		this.store.putImage(ATBD, "two.png", png(4, 4, false), "image/png");
		RenderProperties properties = new RenderProperties(this.jobDir, Duration.ofSeconds(60),
				DataSize.ofMegabytes(20), 1, 50_000_000, 10, DataSize.ofMegabytes(100), 1000,
				DataSize.ofMegabytes(200));

		Map<String, Image> images = new ImageFetcher(this.store, properties).fetch(version("one.png", "two.png"),
				this.jobDir);

		assertThat(images.get("one.png").isAvailable()).isTrue();
		assertThat(images.get("two.png").problem()).isEqualTo("the document has more than 1 images");
	}

	private RenderProperties properties(DataSize total) {
		return new RenderProperties(this.jobDir, Duration.ofSeconds(60), DataSize.ofMegabytes(20), 200, 50_000_000, 10,
				total, 1000, DataSize.ofMegabytes(200));
	}

	private static VersionSnapshot version(String... objectKeys) {
		StringBuilder blocks = new StringBuilder();
		for (String key : objectKeys) {
			blocks.append(blocks.isEmpty() ? "" : ", ")
				.append("{\"type\": \"image-block\", \"children\": [{\"type\": \"img\", \"objectKey\": \"" + key
						+ "\"}]}");
		}
		VersionSnapshot version = AptDocuments.version("{\"introduction\": {\"children\": [" + blocks + "]}}");
		return new VersionSnapshot(new VersionKey(ATBD, 1), 0, version.title(), "images", "DRAFT", null, null,
				version.document(), Instant.EPOCH, List.of(), 0);
	}

	/** A PNG; {@code noisy} makes it compress badly, so that it is large. */
	private static byte[] png(int width, int height, boolean noisy) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(width);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, noisy ? random.nextInt() : 0x336699);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
