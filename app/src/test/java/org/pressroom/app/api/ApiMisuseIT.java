package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.IntegrationTest;
import org.pressroom.app.NodeProcess;
import org.pressroom.app.TestEditors;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.worker.render.RenderProperties;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clients that misuse the API or race each other: clear answers, one render, nothing left
 * behind.
 */
class ApiMisuseIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(60);

	private static final String GEDI_RERENDER = "/api/atbds/2/versions/1/serialize";

	@Autowired
	private RenderProperties renderProperties;

	@BeforeEach
	void setUp() {
		this.apt.loadBeta1Dump();
		awaitState(AptEdits.GEDI, 1, "succeeded");
		awaitState(3, 1, "succeeded");
		awaitState(4, 1, "succeeded");
	}

	@Test
	void oversizedBodyIsRefusedAndTheApiKeepsAnswering() {
		HttpResponse<byte[]> refused = this.api.post(GEDI_RERENDER, new byte[5 * 1024 * 1024]);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(ApiClient.json(refused).get("detail").asString()).contains("accepts at most 16384");
		assertThat(this.apt.pendingChangeRequests()).isZero();
		assertThat(this.api.post(GEDI_RERENDER).statusCode()).isEqualTo(202);
		assertThat(this.api.get("/api/atbds/2/versions/1/pdf").statusCode()).isEqualTo(200);
	}

	@Test
	void chunkedBodyOverTheLimitIsRefusedToo() throws Exception {
		int rowsBefore = this.apt.serializationCount(AptEdits.GEDI, 1);
		HttpResponse<byte[]> refused = chunkedPost(GEDI_RERENDER, 5 * 1024 * 1024);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ApiClient.json(refused).get("detail").asString()).contains("accepts at most 16384");
		assertThat(this.apt.pendingChangeRequests()).isZero();
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(rowsBefore);
		// A small chunked body is read and ignored, like any small body.
		assertThat(chunkedPost(GEDI_RERENDER, 100).statusCode()).isEqualTo(202);
	}

	/** A POST whose body has no declared length: Java's client sends it chunked. */
	private HttpResponse<byte[]> chunkedPost(String path, int bytes) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api.url(path)))
			.header("Authorization", "Bearer " + TestEditors.TOKEN)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void concurrentRerenderRequestsRenderOnce() throws Exception {
		int rowsBefore = this.apt.serializationCount(AptEdits.GEDI, 1);
		int clients = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			for (int i = 0; i < clients; i++) {
				responses.add(pool.submit(() -> {
					start.await();
					return this.api.post(GEDI_RERENDER);
				}));
			}
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<HttpResponse<byte[]>> response : responses) {
				assertThat(response.get().statusCode()).isEqualTo(202);
				answers.add(ApiClient.json(response.get()).get("render").asString());
			}
			assertThat(answers).containsOnlyOnce("requested").hasSize(clients);
		}
		finally {
			pool.shutdownNow();
		}

		awaitState(AptEdits.GEDI, 1, "succeeded");
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isEqualTo(rowsBefore + 1);
		assertThat(this.apt.renderJobStates(AptEdits.GEDI, 1)).hasSize(rowsBefore + 1);
	}

	@Test
	void versionDeletedWhileItsJobRunsLeavesNothingBehind() throws IOException {
		List<Path> earlierFolders = jobFolders();
		this.apt.setIntroductionParagraphs(AptEdits.GEDI, 1, 4000, "A long introduction keeps pdflatex busy.");
		awaitState(AptEdits.GEDI, 1, "running");
		String running = OutputKeys.checksumPrefix(new VersionKey(AptEdits.GEDI, 1),
				this.api.status(AptEdits.GEDI, 1).get("checksum").asString());

		this.apt.deleteVersion(AptEdits.GEDI, 1);

		await().atMost(RENDERED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			assertThat(this.apt.renderJobStates(AptEdits.GEDI, 1))
				.allMatch((state) -> state.equals("SUCCEEDED") || state.equals("DELETED"));
			// Earlier outputs of the version are the garbage collector's, after its grace
			// period.
			assertThat(this.store.checksumPrefixes()).doesNotContainKey(running);
			assertThat(pdflatexProcesses()).isZero();
			assertThat(jobFolders()).isSubsetOf(earlierFolders);
		});
		assertThat(this.apt.serializationCount(AptEdits.GEDI, 1)).isZero();
		assertThat(this.apt.pendingChangeRequests()).isZero();
		assertThat(this.api.get("/api/atbds/2/versions/1/serialization").statusCode()).isEqualTo(404);
	}

	private static long pdflatexProcesses() {
		return ProcessHandle.current().descendants().filter(NodeProcess::isPdflatex).count();
	}

	private List<Path> jobFolders() throws IOException {
		Path work = this.renderProperties.workDirectory();
		if (!Files.isDirectory(work)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(work)) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith("pressroom-2-1-")).toList();
		}
	}

	private void awaitState(int atbd, int major, String state) {
		await().atMost(RENDERED)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(this.api.status(atbd, major).get("state").asString()).isEqualTo(state));
	}

}
