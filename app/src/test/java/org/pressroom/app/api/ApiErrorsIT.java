package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;
import org.pressroom.app.TestEditors;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrong ids get a clear RFC 9457 problem, never a stack trace, an empty 500 or an error
 * page of Tomcat or Boot, whatever part of the stack refuses the request.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		loadBeta1DumpUnrendered();
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
	void anIdBeyondAnIntIsABadRequestWithoutAStackTrace(CapturedOutput output) {
		assertProblem(this.api.get("/api/atbds/99999999999/versions/1/serialization"), 400, "no ATBD id");
		assertProblem(this.anonymous.get("/api/atbds/99999999999/versions/1/pdf"), 400, "no ATBD id");

		assertThat(output.getAll()).doesNotContain("NumberFormatException", "\tat org.pressroom");
	}

	@Test
	void aNumericAliasIsReachableWhenNoAtbdHasThatId() {
		// The dump holds ATBDs 2, 3 and 4: "3" stays ATBD 3, "77" and a number beyond an
		// int are aliases.
		int seventySeven = insertAtbdWithVersion("77");
		int beyondInt = insertAtbdWithVersion("99999999999");
		int shadowed = insertAtbdWithVersion("3");

		assertThat(this.api.status("77", 1).get("atbdId").asInt()).isEqualTo(seventySeven);
		assertThat(this.api.status("99999999999", 1).get("atbdId").asInt()).isEqualTo(beyondInt);
		assertThat(this.api.status("3", 1).get("atbdId").asInt()).isEqualTo(3).isNotEqualTo(shadowed);
		assertThat(this.api.status(shadowed, 1).get("atbdId").asInt()).isEqualTo(shadowed);
	}

	@Test
	void requestsRefusedBeforeAnyControllerAreProblemsToo() {
		String longAlias = "a".repeat(20_000);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/%2f/versions/1/pdf"), 400);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/a%2fb/versions/1/serialization"), 400);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/a%00b/versions/1/pdf"), 400);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/a%5cb/versions/1/pdf"), 400);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/2/versions/1/pdf/..;/x"), 400);
		assertRawProblem(RawHttp.send(this.port, "GET /api/atbds/" + longAlias + "/versions/1/pdf"), 400);
		RawHttp.Answer trace = RawHttp.send(this.port, "TRACE /api/atbds/2/versions/1/pdf");
		assertRawProblem(trace, 405);
		assertThat(trace.body()).doesNotContain("Host:", "127.0.0.1");
		assertRawProblem(RawHttp.send(this.port, "GET /no-such-page", "Accept: text/html",
				"Authorization: Bearer " + TestEditors.TOKEN), 404);
	}

	@Test
	void versionThatNeverRenderedHasNoDownload() {
		this.jdbc.sql("INSERT INTO apt.atbd_versions (atbd_id, major, document, owner) VALUES (2, 2, '{}', 'tests')")
			.update();

		assertProblem(this.api.get("/api/atbds/2/versions/2/pdf"), 404, "no successful rendering yet");
	}

	private int insertAtbdWithVersion(String alias) {
		int atbd = this.jdbc.sql("""
				INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
				VALUES ('Numeric alias ' || :alias, :alias, 'pressroom-tests', 'pressroom-tests') RETURNING id
				""").param("alias", alias).query(Integer.class).single();
		this.jdbc.sql("""
				INSERT INTO apt.atbd_versions (atbd_id, major, minor, document, created_by, last_updated_by, owner)
				VALUES (:atbd, 1, 0, '{}', 'pressroom-tests', 'pressroom-tests', 'pressroom-tests')
				""").param("atbd", atbd).update();
		return atbd;
	}

	private static void assertRawProblem(RawHttp.Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.headers().get("content-type")).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private static void assertProblem(HttpResponse<byte[]> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).contains(detail);
	}

}
