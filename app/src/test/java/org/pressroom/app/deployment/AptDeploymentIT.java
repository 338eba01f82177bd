package org.pressroom.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pressroom.app.ApiClient;
import org.pressroom.app.NodeProcess;
import org.pressroom.app.TestEditors;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.util.FileSystemUtils;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * Issue #10, as an APT operator installs Pressroom: APT's database (owner
 * {@code masteruser}, database {@code nasadb}, APT's schema and data already there,
 * written by APT's API as {@code app_user}), the README's SQL for Pressroom's own
 * least-privilege role, and the app and worker jars started with nothing but the database
 * and storage settings. Every existing version is served; every write APT's API makes
 * commits as before and reaches the served PDF; a PDF-type ATBD serves its upload; a
 * broken Pressroom never fails an APT write; and the README's detach leaves APT's schema
 * exactly as it was before Pressroom came.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AptDeploymentIT {

	private static final Path LOGS = Path.of("target", "apt-deployment-logs");

	private static final Duration SERVED = Duration.ofSeconds(90);

	private static final String ROLE = "pressroom_service";

	private static final String PASSWORD = "change-me";

	private static final String APT_BUCKET = "nasa-apt-files";

	private static final String OUTPUTS_BUCKET = "nasa-apt-pressroom";

	private EmbeddedPostgres postgres;

	private EmbeddedS3 s3;

	private S3Client s3Client;

	private AptDatabase apt;

	private AptApiWrites api;

	private List<String> catalogBeforePressroom;

	private NodeProcess app;

	private NodeProcess worker;

	private ApiClient editor;

	private ApiClient reader;

	private int gedi;

	private int hls;

	private int uploaded;

	private int sharedContact;

	private byte[] firstUpload;

	@BeforeAll
	void installPressroomBesideApt() throws Exception {
		// A fresh log per run: NodeProcess appends, and the start is awaited by its log
		// line.
		FileSystemUtils.deleteRecursively(LOGS);
		Path dataDir = Files.createTempDirectory(Path.of("target"), "apt-deployment-").toAbsolutePath();
		// APT's docker-compose: database nasadb, owner masteruser (a superuser, as APT's
		// API needs for SET SESSION AUTHORIZATION).
		this.postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, "masteruser", "password", "nasadb",
				false);
		this.apt = new AptDatabase(this.postgres.jdbcUrl(), "masteruser", "password");
		this.apt.deploySchema();
		this.catalogBeforePressroom = this.apt.catalog();
		this.api = new AptApiWrites(this.apt);

		this.s3 = EmbeddedS3.start(0, null, "apt-access-key", "apt-secret-key-0123456789");
		this.s3Client = TestStore.client(this.s3);
		this.s3Client.createBucket((request) -> request.bucket(APT_BUCKET));
		this.s3Client.createBucket((request) -> request.bucket(OUTPUTS_BUCKET));

		// What APT holds before Pressroom is installed: two ATBDs sharing a contact, and
		// a PDF-type ATBD.
		this.gedi = this.api.createAtbd("GEDI canopy cover", "gedi-canopy", "HTML", document("Lidar waveforms."));
		this.hls = this.api.createAtbd("Harmonized Landsat Sentinel", "hls", "HTML", document("Surface reflectance."));
		this.sharedContact = this.api.createAndLinkContact(this.gedi, 1, "Ada", "Lovelace");
		this.api.linkContact(this.hls, 1, this.sharedContact);
		this.uploaded = this.api.createAtbd("An ATBD that is a PDF", "uploaded-atbd", "PDF", "{}");
		this.firstUpload = pdf("The first upload of the PDF-type ATBD.");
		this.api.setPdf(this.uploaded, 1, upload(this.uploaded, 1_690_000_000L, this.firstUpload));

		for (String statement : AptDatabase.statements(AptDatabase.readmeBlock("attach-sql"))) {
			this.apt.runAsOwner(statement);
		}
		startPressroom();
	}

	private void startPressroom() throws IOException {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_DATASOURCE_URL", this.postgres.jdbcUrl());
		environment.put("SPRING_DATASOURCE_USERNAME", ROLE);
		environment.put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
		environment.put("PRESSROOM_STORAGE_ENDPOINT", this.s3.endpoint().toString());
		environment.put("PRESSROOM_STORAGE_ACCESS_KEY", this.s3.accessKey());
		environment.put("PRESSROOM_STORAGE_SECRET_KEY", this.s3.secretKey());
		environment.put("PRESSROOM_STORAGE_IMAGES_BUCKET", APT_BUCKET);
		environment.put("PRESSROOM_STORAGE_BUCKET", OUTPUTS_BUCKET);
		Map<String, String> app = new LinkedHashMap<>(environment);
		app.put("SERVER_PORT", "0");
		app.put("PRESSROOM_SECURITY_EDITOR_TOKENS", TestEditors.TOKEN);
		app.put("JOBRUNR_DASHBOARD_USERNAME", "admin");
		app.put("JOBRUNR_DASHBOARD_PASSWORD", "apt-deployment-dashboard");
		app.put("JOBRUNR_DASHBOARD_PORT", "0");
		Map<String, String> worker = new LinkedHashMap<>(environment);
		worker.put("SERVER_PORT", "0");
		this.app = NodeProcess.start("app", NodeProcess.appImageJar(), app, LOGS);
		this.worker = NodeProcess.start("worker", NodeProcess.workerImageJar(), worker, LOGS);
		this.reader = new ApiClient(this.app.awaitPort(Duration.ofSeconds(90)));
		this.editor = this.reader.withBearer(TestEditors.TOKEN);
		this.app.awaitOutput("Started PressroomApp", Duration.ofSeconds(90));
	}

	@AfterAll
	void stop() throws Exception {
		closeNodes();
		if (this.s3 != null) {
			this.s3.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	/**
	 * The premise of every other test here, and what Pressroom creates on an empty
	 * database: V1's APT schema is the one APT's 22 sqitch changes deploy, object for
	 * object ({@code apt-sqitch-head.catalog}, read from a sqitch deploy of
	 * NASA-IMPACT/nasa-apt).
	 */
	@Test
	@Order(0)
	void aptsSchemaIsTheOneSqitchDeploys() {
		List<String> sqitch = AptDatabase.resource("/org/pressroom/app/deployment/apt-sqitch-head.catalog")
			.lines()
			.filter((line) -> !line.startsWith("#"))
			.toList();
		assertThat(this.catalogBeforePressroom).containsExactlyElementsOf(sqitch);
	}

	@Test
	@Order(1)
	void everyVersionThatWasThereIsServed() {
		long start = System.nanoTime();
		awaitPdfContaining(this.gedi, 1, "Lidar waveforms.");
		awaitPdfContaining(this.hls, 1, "Lovelace");
		awaitServedBytes(this.uploaded, 1, this.firstUpload);
		System.out.printf("[apt-deployment] existing versions served %d ms after the app started%n",
				(System.nanoTime() - start) / 1_000_000);
		String html = new String(this.editor.get("/api/atbds/uploaded-atbd/versions/1/html").body());
		assertThat(html).contains("An ATBD that is a PDF").contains("href=\"pdf\"");
	}

	@Test
	@Order(2)
	void everyWriteOfAptsApiCommitsAndReachesTheServedPdf() {
		List<String> warnings = this.api.saveDocument(this.gedi, 1,
				"{\"introduction\": " + section("Saved by an editor through the API of APT.") + "}");
		assertThat(warnings).as("Pressroom's triggers warn of nothing").isEmpty();
		timed("document save", () -> awaitPdfContaining(this.gedi, 1, "Saved by an editor through the API of APT."));

		this.api.createAndLinkContact(this.gedi, 1, "Grace", "Hopper");
		timed("contact created and linked", () -> awaitPdfContaining(this.gedi, 1, "Hopper"));

		this.api.renameContact(this.sharedContact, "Byron");
		timed("contact of two versions edited", () -> {
			awaitPdfContaining(this.gedi, 1, "Byron");
			awaitPdfContaining(this.hls, 1, "Byron");
		});

		this.api.publish(this.hls, 1);
		timed("publish",
				() -> await().atMost(SERVED).until(() -> this.reader.pdfText(this.hls, 1).contains("Published")));

		this.api.bumpMinor(this.gedi, 1);
		timed("minor version bump", () -> awaitPdfContaining(this.gedi, 1, "Version 1.1"));

		this.api.newMajor(this.gedi, 1);
		timed("new major version",
				() -> awaitPdfContaining(this.gedi, 2, "Saved by an editor through the API of APT."));
		assertThat(ApiClient.textOf(this.editor.get("/api/atbds/gedi-canopy/versions/2/pdf").body()))
			.contains("Version 2.0")
			.contains("Hopper");

		this.api.deleteAtbd(this.hls);
		timed("delete", () -> await().atMost(SERVED)
			.until(() -> this.editor.get("/api/atbds/hls/versions/1/pdf").statusCode() == 404));
	}

	@Test
	@Order(3)
	void aPdfTypeAtbdServesItsUploadAndANewUploadPublishesAgain() throws IOException {
		byte[] second = pdf("The second upload replaces the first.");
		this.api.setPdf(this.uploaded, 1, upload(this.uploaded, 1_700_000_000L, second));
		timed("new upload", () -> awaitServedBytes(this.uploaded, 1, second));

		int missing = this.api.createUpload(this.uploaded, this.uploaded + "/uploads/never-uploaded.pdf");
		this.api.setPdf(this.uploaded, 1, missing);
		JsonStatus failed = awaitState(this.uploaded, 1, "failed");
		assertThat(failed.error()).contains("is not in APT's bucket").contains("never-uploaded.pdf");
		assertThat(this.editor.get("/api/atbds/uploaded-atbd/versions/1/pdf").headers().firstValue("Pressroom-Stale"))
			.contains("true");
		assertThat(this.editor.get("/api/atbds/uploaded-atbd/versions/1/pdf").body()).isEqualTo(second);
	}

	@Test
	@Order(4)
	void aBrokenPressroomNeverFailsAnAptWrite() {
		this.apt.runAs(ROLE, PASSWORD, "ALTER TABLE pressroom.change_requests RENAME TO change_requests_away");
		try {
			List<String> warnings = this.api.saveDocument(this.gedi, 1,
					"{\"introduction\": " + section("Saved while the table of Pressroom was away.") + "}");
			assertThat(warnings).anySatisfy((warning) -> assertThat(warning).contains("Pressroom could not record"));
			String saved = this.apt.asAppUser(
					(jdbc) -> jdbc.sql("SELECT document::text FROM atbd_versions WHERE atbd_id = :atbd AND major = 1")
						.param("atbd", this.gedi)
						.query(String.class)
						.single());
			assertThat(saved).contains("Saved while the table of Pressroom was away.");
		}
		finally {
			this.apt.runAs(ROLE, PASSWORD, "ALTER TABLE pressroom.change_requests_away RENAME TO change_requests");
		}
	}

	@Test
	@Order(5)
	void detachingLeavesAptsSchemaAsItWasBeforePressroom() throws Exception {
		closeNodes();
		List<String> detach = AptDatabase.statements(AptDatabase.readmeBlock("detach-sql"));
		this.apt.runAs(ROLE, PASSWORD, detach.get(0));
		detach.subList(1, detach.size()).forEach(this.apt::runAsOwner);

		assertThat(this.apt.catalog()).containsExactlyElementsOf(this.catalogBeforePressroom);
		List<String> warnings = this.api.saveDocument(this.gedi, 1,
				"{\"introduction\": " + section("Saved after Pressroom left.") + "}");
		assertThat(warnings).isEmpty();
		int pressroomSchemas = this.apt
			.asAppUser((jdbc) -> jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'pressroom'")
				.query(Integer.class)
				.single());
		assertThat(pressroomSchemas).isZero();
	}

	private void closeNodes() throws InterruptedException {
		for (NodeProcess node : new NodeProcess[] { this.worker, this.app }) {
			if (node != null && node.isAlive()) {
				node.close();
			}
		}
	}

	private int upload(int atbd, long timestamp, byte[] pdf) {
		String path = atbd + "/uploads/atbd_" + atbd + "_" + timestamp + ".pdf";
		this.s3Client.putObject((request) -> request.bucket(APT_BUCKET).key(path).contentType("application/pdf"),
				RequestBody.fromBytes(pdf));
		return this.api.createUpload(atbd, path);
	}

	private void awaitPdfContaining(int atbd, int major, String text) {
		await("ATBD " + atbd + " v" + major + " served with \"" + text + "\"").atMost(SERVED)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.editor.pdfText(atbd, major).contains(text));
	}

	private void awaitServedBytes(int atbd, int major, byte[] expected) {
		await("ATBD " + atbd + " v" + major + " serves its upload").atMost(SERVED)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				HttpResponse<byte[]> pdf = this.editor.get("/api/atbds/" + atbd + "/versions/" + major + "/pdf");
				return pdf.statusCode() == 200 && Arrays.equals(pdf.body(), expected);
			});
	}

	private JsonStatus awaitState(int atbd, int major, String state) {
		JsonNode status = this.editor.awaitState(atbd, major, state, SERVED);
		return new JsonStatus(status.path("state").asString(), status.path("error").asString());
	}

	private static void timed(String write, Runnable until) {
		long start = System.nanoTime();
		until.run();
		System.out.printf("[apt-deployment] %s: committed to served in %d ms%n", write,
				(System.nanoTime() - start) / 1_000_000);
	}

	private static String document(String introduction) {
		return "{\"introduction\": " + section(introduction) + "}";
	}

	private static String section(String paragraph) {
		return "{\"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"" + paragraph + "\"}]}]}";
	}

	/** A one-page PDF with {@code text}, as an editor would upload. */
	private static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private record JsonStatus(String state, String error) {
	}

}
