package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Wrong ids get a clear RFC 9457 problem, never a stack trace or an empty 500. */
class ApiErrorsIT extends IntegrationTest {

	@BeforeEach
	void setUp() {
		this.apt.loadBeta1Dump();
	}

	@Test
	void unknownAtbdIdOrAliasIsNotFound() {
		assertProblem(this.api.get("/api/atbds/999/versions/1/serialization"), 404, "No ATBD 999");
		assertProblem(this.api.get("/api/atbds/no-such-atbd/versions/1/pdf"), 404, "No ATBD no-such-atbd");
	}

	@Test
	void unknownVersionIsNotFound() {
		assertProblem(this.api.get("/api/atbds/gedi04-a-atbd/versions/7/serialization"), 404, "has no version 7");
		assertProblem(this.api.post("/api/atbds/2/versions/7/serialize"), 404, "has no version 7");
	}

	@Test
	void malformedIdsAreBadRequests() {
		assertProblem(this.api.get("/api/atbds/Bad_Alias!/versions/1/serialization"), 400, "neither an ATBD id");
		assertProblem(this.api.get("/api/atbds/2/versions/one/html"), 400, "not a major version number");
		assertProblem(this.api.get("/api/atbds/2/versions/99999999999/pdf"), 400, "not a major version number");
	}

	@Test
	void versionThatNeverRenderedHasNoDownload() {
		this.jdbc.sql("INSERT INTO apt.atbd_versions (atbd_id, major, document, owner) VALUES (2, 2, '{}', 'tests')").update();

		assertProblem(this.api.get("/api/atbds/2/versions/2/pdf"), 404, "no successful rendering yet");
	}

	private static void assertProblem(HttpResponse<byte[]> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).contains(detail);
	}

}
