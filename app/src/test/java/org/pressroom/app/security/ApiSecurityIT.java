package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;
import org.pressroom.app.TestEditors;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.StorageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * Who may do what: readers get the outputs of PUBLISHED versions, editors (static token
 * or JWT with the editor scope) everything; failures are problem+json with a
 * WWW-Authenticate challenge. Loopback access is off here, as in production, although
 * these requests come from 127.0.0.1.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(90);

	private static final String PUBLISHED = "/api/atbds/4/versions/1";

	private static final String DRAFT = "/api/atbds/3/versions/1";

	private static final String WRONG_TOKEN = "not-the-editor-token-0123456789abcdef";

	/** As bound in the app, with the test S3 server's credentials (EmbeddedServers). */
	@Autowired
	StorageProperties storage;

	@Test
	void anyoneReadsTheOutputsOfAPublishedVersion() {
		this.apt.loadBeta1Dump();
		awaitRendered(4);
		publish(4, "PUBLISHED");

		assertOk(this.anonymous.get(PUBLISHED + "/pdf"), "application/pdf");
		HttpResponse<byte[]> html = this.anonymous.get(PUBLISHED + "/html");
		assertOk(html, "text/html");
		assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(html.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(this.anonymous.head(PUBLISHED + "/pdf").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.head(DRAFT + "/pdf").statusCode()).isEqualTo(401);
		assertOk(this.anonymous.get("/api/atbds/harmonized-landsat-sentinel-2-reflectance-dataset/versions/1/pdf"),
				"application/pdf");
	}

	@Test
	void outputsOfUnpublishedVersionsNeedAnEditor() {
		this.apt.loadBeta1Dump();
		awaitRendered(3);

		assertChallenge(this.anonymous.get(DRAFT + "/pdf"), 401, "Bearer");
		assertChallenge(this.anonymous.get(DRAFT + "/html"), 401, "Bearer");
		assertOk(this.api.get(DRAFT + "/pdf"), "application/pdf");
		assertOk(this.api.get(DRAFT + "/html"), "text/html");
		// A version under review is not published either.
		publish(3, "OPEN_REVIEW");
		assertChallenge(this.anonymous.get(DRAFT + "/pdf"), 401, "Bearer");
		publish(3, "PUBLISHED");
		assertOk(this.anonymous.get(DRAFT + "/pdf"), "application/pdf");
	}

	@Test
	void pathsNamingNoVersionGetTheApiProblemNotAChallenge() {
		assertThat(this.anonymous.get("/api/atbds/999/versions/1/pdf").statusCode()).isEqualTo(404);
		assertThat(this.anonymous.get("/api/atbds/Bad_Alias!/versions/1/html").statusCode()).isEqualTo(400);
	}

	@Test
	void statusAndRerenderNeedAnEditor() {
		loadBeta1DumpUnrendered();
		publish(4, "PUBLISHED");

		assertChallenge(this.anonymous.get(PUBLISHED + "/serialization"), 401, "Bearer");
		assertChallenge(this.anonymous.post(PUBLISHED + "/serialize"), 401, "Bearer");
		assertChallenge(this.anonymous.post(DRAFT + "/serialize"), 401, "Bearer");
		assertThat(this.api.get(PUBLISHED + "/serialization").statusCode()).isEqualTo(200);
		assertThat(this.api.post(DRAFT + "/serialize").statusCode()).isEqualTo(202);
	}

	@Test
	void invalidCredentialsAreRefusedEvenWherePublic() {
		loadBeta1DumpUnrendered();
		publish(4, "PUBLISHED");
		ApiClient wrongToken = this.anonymous.withBearer(WRONG_TOKEN);
		ApiClient unknownIssuer = this.anonymous
			.withBearer(TestEditors.jwtFromAnotherIssuer("eve", "pressroom:editor"));
		ApiClient expired = this.anonymous
			.withBearer(TestEditors.jwt("ann", "pressroom:editor", Duration.ofSeconds(-60)));

		for (ApiClient client : List.of(wrongToken, unknownIssuer, expired)) {
			assertChallenge(client.get(DRAFT + "/serialization"), 401, "invalid_token");
			assertChallenge(client.post(DRAFT + "/serialize"), 401, "invalid_token");
			assertChallenge(client.get(PUBLISHED + "/pdf"), 401, "invalid_token");
		}
	}

	@Test
	void aJwtWithoutExpiryIsRefused() {
		loadBeta1DumpUnrendered();
		ApiClient forever = this.anonymous.withBearer(TestEditors.jwtWithoutExpiry("ann", "pressroom:editor"));

		assertChallenge(forever.get(DRAFT + "/serialization"), 401, "invalid_token");
		assertChallenge(forever.post(DRAFT + "/serialize"), 401, "invalid_token");
	}

	@Test
	void theHtmlCarriesItsContentSecurityPolicyAndThePdfNone() {
		this.apt.loadBeta1Dump();
		awaitRendered(4);
		publish(4, "PUBLISHED");

		HttpResponse<byte[]> html = this.anonymous.get(PUBLISHED + "/html");
		assertOk(html, "text/html");
		assertThat(html.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; "
				+ "script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; "
				+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
		assertThat(html.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		HttpResponse<byte[]> pdf = this.anonymous.get(PUBLISHED + "/pdf");
		assertThat(pdf.headers().firstValue("Content-Security-Policy")).isEmpty();
		assertThat(pdf.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
	}

	@Test
	void thePagesOwnStyleAndScriptArePublic() {
		HttpResponse<byte[]> style = this.anonymous.get("/assets/pressroom/document.css");
		HttpResponse<byte[]> script = this.anonymous.get("/assets/pressroom/typeset-math.js");

		assertOk(style, "text/css");
		assertThat(new String(style.body(), StandardCharsets.UTF_8)).contains("nav.toc", ".math.display");
		assertOk(script, "text/javascript");
		assertThat(new String(script.body(), StandardCharsets.UTF_8)).contains("katex.render");
		assertThat(style.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=3600"));
	}

	@Test
	void prometheusIsPublicAndNamesNoPathOrExceptionClass() {
		// Requests that end in exceptions, so that an exception tag would have something
		// to name.
		this.anonymous.get("/api/atbds/999/versions/1/pdf");
		this.anonymous.get("/api/atbds/Bad_Alias!/versions/1/pdf");
		this.api.get("/api/atbds/2/versions/7/serialization");

		HttpResponse<byte[]> metrics = this.anonymous.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		String text = new String(metrics.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("http_server_requests_seconds_count", "pressroom_serializations")
			.doesNotContain("disk_free_bytes", "disk_total_bytes", "path=\"", "exception=\"", "Exception\"");
	}

	@Test
	void jwtWithTheEditorScopeIsAnEditorAndWithoutItIsForbidden() {
		loadBeta1DumpUnrendered();
		ApiClient editor = this.anonymous
			.withBearer(TestEditors.jwt("ann", "openid pressroom:editor", Duration.ofMinutes(5)));
		ApiClient reader = this.anonymous.withBearer(TestEditors.jwt("bob", "openid profile", Duration.ofMinutes(5)));

		assertThat(editor.get(DRAFT + "/serialization").statusCode()).isEqualTo(200);
		assertThat(editor.post(DRAFT + "/serialize").statusCode()).isEqualTo(202);
		assertChallenge(reader.get(DRAFT + "/serialization"), 403, "insufficient_scope");
		assertChallenge(reader.post(DRAFT + "/serialize"), 403, "insufficient_scope");
		assertChallenge(reader.get(DRAFT + "/pdf"), 403, "insufficient_scope");
	}

	@Test
	void healthOpenApiAndAssetsAreOpenOtherActuatorEndpointsAreNot() {
		assertThat(this.anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/v3/api-docs.yaml").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/assets/katex/katex.min.css").statusCode()).isNotIn(401, 403);
		assertChallenge(this.anonymous.get("/actuator/info"), 401, "Bearer");
	}

	@Test
	void noCredentialReachesTheLogsOrStatusJson(CapturedOutput output) {
		this.apt.loadBeta1Dump();
		String jwt = TestEditors.jwt("ann", "pressroom:editor", Duration.ofMinutes(5));
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.springframework.security", LogLevel.TRACE);
		try {
			awaitRendered(3);
			assertThat(this.anonymous.withBearer(jwt).post(DRAFT + "/serialize").statusCode()).isEqualTo(202);
			assertThat(this.anonymous.withBearer(WRONG_TOKEN).get(DRAFT + "/serialization").statusCode())
				.isEqualTo(401);
			awaitRendered(3);
		}
		finally {
			logging.setLogLevel("org.springframework.security", null);
		}

		JsonNode status = this.api.status(3, 1);
		byte[] statusFile = this.store
			.read(OutputKeys.of(new VersionKey(3, 1), status.get("checksum").asString(), OutputKeys.STATUS_JSON))
			.orElseThrow();
		String[] secrets = List
			.of(TestEditors.TOKEN, WRONG_TOKEN, jwt, jwt.substring(jwt.lastIndexOf('.') + 1), this.storage.secretKey())
			.toArray(String[]::new);
		assertThat(output.getAll()).contains("Authorization", "Bearer").doesNotContain(secrets);
		assertThat(new String(statusFile, StandardCharsets.UTF_8)).doesNotContain(secrets);
		assertThat(status.toString()).doesNotContain(secrets);
	}

	private void publish(int atbd, String status) {
		this.jdbc.sql(
				"UPDATE apt.atbd_versions SET status = :status::apt.atbd_version_status WHERE atbd_id = :atbd AND major = 1")
			.param("status", status)
			.param("atbd", atbd)
			.update();
	}

	private void awaitRendered(int atbd) {
		await().atMost(RENDERED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			JsonNode status = this.api.status(atbd, 1);
			assertThat(status.get("state").asString()).isEqualTo("succeeded");
			assertThat(status.get("changePending").asBoolean()).isFalse();
		});
	}

	private static void assertOk(HttpResponse<byte[]> response, String contentType) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(contentType));
	}

	static void assertChallenge(HttpResponse<byte[]> response, int status, String challenge) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer").contains(challenge));
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

}
