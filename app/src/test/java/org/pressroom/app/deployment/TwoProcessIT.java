package org.pressroom.app.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.pressroom.app.AptEdits;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.worker.PressroomWorker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #6's deployment check: the app's repackaged jar and the worker's exec jar,
 * extracted as their Dockerfiles extract them, run as two processes with
 * {@code java -jar}, configured only by the environment docker-compose.yml gives their
 * containers (no profile of the local run or the tests, no embedded defaults), against a
 * PostgreSQL and an S3 server this test starts with the credentials the compose file
 * gives postgres and MinIO. An edit by SQL reaches a PDF served by the app's API; both
 * nodes report readiness and liveness, count the render in their metrics, log it with the
 * version in structured (ECS) lines, and fall out of readiness (not liveness) when S3
 * goes away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoProcessIT {

	private static final Path LOGS = Path.of("target", "two-process");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DASHBOARD = Path.of("..", "dashboard-config", "grafana", "pressroom.json");

	private static final Pattern METRIC_NAME = Pattern.compile("\\b(pressroom|jobrunr)_[a-z_]+\\b");

	private final ComposeFile compose = ComposeFile.load(Map.of("JOBRUNR_DASHBOARD_PASSWORD",
			"two-process-dashboard-password", "PRESSROOM_SECURITY_EDITOR_TOKENS", TestEditors.TOKEN));

	private EmbeddedPostgres postgres;

	private EmbeddedS3 s3;

	private NodeProcess app;

	private NodeProcess worker;

	private ApiClient appApi;

	private ApiClient workerApi;

	private TestStore store;

	@BeforeAll
	void startDeployment() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "two-process-").toAbsolutePath();
		Map<String, String> database = this.compose.environment("postgres");
		this.postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, database.get("POSTGRES_USER"),
				database.get("POSTGRES_PASSWORD"), database.get("POSTGRES_DB"), false);
		Map<String, String> minio = this.compose.environment("minio");
		this.s3 = EmbeddedS3.start(0, null, minio.get("MINIO_ROOT_USER"), minio.get("MINIO_ROOT_PASSWORD"));
		this.store = new TestStore(this.s3, this.compose.environment("app").get("PRESSROOM_STORAGE_BUCKET"));
		this.store.createBucket(); // the compose file's create-bucket service

		// Every server binds a port of its own choosing (0) and the test reads it back: a
		// port probed free beforehand could be taken before the node binds it.
		Map<String, String> appEnvironment = environment("app");
		appEnvironment.put("SERVER_PORT", "0");
		appEnvironment.put("JOBRUNR_DASHBOARD_PORT", "0");
		this.app = NodeProcess.start("app", NodeProcess.appImageJar(), appEnvironment, LOGS);
		Map<String, String> workerEnvironment = environment("worker");
		workerEnvironment.put("SERVER_PORT", "0");
		this.worker = NodeProcess.start("worker", NodeProcess.workerImageJar(), workerEnvironment, LOGS);
		this.appApi = new ApiClient(this.app.awaitPort(START_TIMEOUT)).withBearer(TestEditors.TOKEN);
		this.workerApi = new ApiClient(this.worker.awaitPort(START_TIMEOUT));
		awaitReady(this.app, this.appApi, "app");
		awaitReady(this.worker, this.workerApi, "worker");
	}

	@Test
	@Order(1)
	void bothNodesAreLiveAndReadyWithTheirComponents() {
		JsonNode app = health(this.appApi, "app", 200);
		assertThat(app.get("status").asString()).isEqualTo("UP");
		assertThat(componentNames(app)).containsExactlyInAnyOrder("readinessState", "db", "storage", "changeListener",
				"JobRunr");
		JsonNode worker = health(this.workerApi, "worker", 200);
		assertThat(worker.get("status").asString()).isEqualTo("UP");
		assertThat(componentNames(worker)).containsExactlyInAnyOrder("readinessState", "db", "storage", "jobWakeup",
				"JobRunr");
		for (ApiClient node : new ApiClient[] { this.appApi, this.workerApi }) {
			HttpResponse<byte[]> liveness = node.get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(ApiClient.json(liveness).get("status").asString()).isEqualTo("UP");
		}
		assertThat(this.compose.healthcheckUrl("worker").getPort())
			.isEqualTo(Integer.parseInt(PressroomWorker.DEFAULT_PORT));
	}

	@Test
	@Order(2)
	void anEditBySqlIsServedAsPdfAndCountedInTheMetrics() throws IOException {
		AptEdits apt = this.store.aptEdits(this.postgres);
		int atbd = apt.insertFixtureAtbdWithImage(this.store.outputs());
		awaitPdfContaining(atbd, "Pressroom test fixture");
		apt.setIntroduction(atbd, 1, "Edited while running as two processes.");
		awaitPdfContaining(atbd, "Edited while running as two processes.");

		PrometheusText worker = metrics(this.workerApi);
		assertThat(worker.sum("pressroom_renders_total", Map.of("outcome", "succeeded"))).isGreaterThanOrEqualTo(2);
		assertThat(worker.sum("pressroom_renders_total", Map.of("outcome", "failed"))).isZero();
		for (String stage : new String[] { "images", "tex", "pdf", "html", "upload", "total" }) {
			assertThat(worker.sum("pressroom_render_stage_seconds_count", Map.of("stage", stage))).as(stage)
				.isGreaterThanOrEqualTo(2);
		}
		assertThat(worker.sum("pressroom_render_pickup_seconds_count")).isGreaterThanOrEqualTo(2);
		assertThat(worker.sum("pressroom_gc_deleted_total")).isNotNaN();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			PrometheusText app = metrics(this.appApi);
			assertThat(app.sum("pressroom_change_requests_pending")).isZero();
			assertThat(app.sum("pressroom_change_requests_oldest_age_seconds")).isZero();
			assertThat(app.sum("pressroom_serializations", Map.of("state", "succeeded"))).isGreaterThanOrEqualTo(2);
			assertThat(app.sum("jobrunr_jobs_by_state", Map.of("state", "SUCCEEDED"))).isNotNaN();
		});
		PrometheusText appMetrics = metrics(this.appApi);
		assertThat(dashboardMetricNames()).isNotEmpty()
			.allSatisfy(
					(name) -> assertThat(appMetrics.has(name) || worker.has(name)).as(name + ", used by the dashboard")
						.isTrue());
		JsonNode rendered = this.worker.output()
			.lines()
			.filter((line) -> line.contains("\"message\":\"Rendered "))
			.map(JSON::readTree)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no render logged:\n" + this.worker.tail()));
		// ECS nests the dotted MDC keys of LogContext: atbd.id becomes {"atbd": {"id":
		// ...}}.
		assertThat(rendered.at("/atbd/id").asString()).isEqualTo(Integer.toString(atbd));
		assertThat(rendered.at("/atbd/major").asString()).isEqualTo("1");
		assertThat(rendered.at("/atbd/checksum").asString()).hasSize(64);
	}

	@Test
	@Order(3)
	void aNodeWithoutS3IsLiveButNotReady() {
		this.s3.close();
		for (ApiClient node : new ApiClient[] { this.appApi, this.workerApi }) {
			JsonNode readiness = health(node, "node", 503);
			assertThat(readiness.get("status").asString()).isEqualTo("DOWN");
			assertThat(readiness.at("/components/storage/status").asString()).isEqualTo("DOWN");
			assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
			assertThat(node.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
	}

	@AfterAll
	void stopDeployment() throws Exception {
		for (AutoCloseable part : new AutoCloseable[] { this.app, this.worker, this.postgres, this.s3 }) {
			if (part != null) {
				try {
					part.close();
				}
				catch (RuntimeException ex) {
					// s3 is closed already after the last test
				}
			}
		}
	}

	/**
	 * The service's environment from docker-compose.yml, with the hosts of postgres and
	 * MinIO made local.
	 */
	private Map<String, String> environment(String service) {
		Map<String, String> environment = new HashMap<>();
		URI s3 = this.s3.endpoint();
		this.compose.environment(service)
			.forEach((name, value) -> environment.put(name,
					value.replace("//postgres:5432/", "//127.0.0.1:" + this.postgres.port() + "/")
						.replace("http://minio:9000", s3.toString())));
		return environment;
	}

	private void awaitReady(NodeProcess node, ApiClient api, String name) {
		await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).ignoreExceptions().untilAsserted(() -> {
			assertThat(node.isAlive()).as(node::tail).isTrue();
			assertThat(api.get(path(name)).statusCode()).as(node::tail).isEqualTo(200);
		});
	}

	private JsonNode health(ApiClient api, String name, int status) {
		HttpResponse<byte[]> response = api.get("/actuator/health/readiness");
		assertThat(response.statusCode()).as(name + " readiness").isEqualTo(status);
		return ApiClient.json(response);
	}

	/** The readiness path the compose file's health check probes for the service. */
	private String path(String service) {
		return this.compose.healthcheckUrl(service).getPath();
	}

	private void awaitPdfContaining(int atbd, String text) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.appApi.pdfText(atbd, 1)).as(this.worker::tail).contains(text));
	}

	private static PrometheusText metrics(ApiClient node) {
		HttpResponse<byte[]> response = node.get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return new PrometheusText(new String(response.body(), StandardCharsets.UTF_8));
	}

	/** The Pressroom and JobRunr metrics the Grafana dashboard queries. */
	private static Set<String> dashboardMetricNames() throws IOException {
		JsonNode dashboard = JSON.readTree(Files.readString(DASHBOARD));
		Set<String> names = new TreeSet<>();
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.get("targets")) {
				Matcher name = METRIC_NAME.matcher(target.get("expr").asString());
				while (name.find()) {
					names.add(name.group());
				}
			}
		}
		return names;
	}

	private static Set<String> componentNames(JsonNode health) {
		Set<String> names = new TreeSet<>();
		health.get("components").properties().forEach((component) -> names.add(component.getKey()));
		return names;
	}

}
