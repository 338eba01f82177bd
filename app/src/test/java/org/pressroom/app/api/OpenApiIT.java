package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at /v3/api-docs, anonymously, describes the API as it
 * behaves.
 */
class OpenApiIT extends IntegrationTest {

	private static final String VERSION = "/api/atbds/{atbdIdOrAlias}/versions/{major}";

	@Test
	void documentsEveryPathWithItsParameters() {
		JsonNode doc = apiDocs();

		assertThat(doc.get("openapi").asString()).startsWith("3.");
		assertThat(names(doc.get("paths"))).containsExactlyInAnyOrder(VERSION + "/serialization",
				VERSION + "/serialize", VERSION + "/pdf", VERSION + "/html");
		Map<String, String> operations = Map.of("serialization", "get", "serialize", "post", "pdf", "get", "html",
				"get");
		operations.forEach((path, method) -> {
			JsonNode operation = doc.get("paths").get(VERSION + "/" + path).get(method);
			assertThat(operation).as(path).isNotNull();
			assertThat(operation.get("parameters").findValuesAsString("name")).containsExactly("atbdIdOrAlias",
					"major");
			for (JsonNode parameter : operation.get("parameters")) {
				assertThat(parameter.get("in").asString()).isEqualTo("path");
				assertThat(parameter.get("required").asBoolean()).isTrue();
				assertThat(parameter.get("schema").get("pattern").asString()).isNotBlank();
			}
		});
	}

	@Test
	void documentsSuccessAndProblemResponses() {
		JsonNode paths = apiDocs().get("paths");

		assertThat(paths.get(VERSION + "/pdf")
			.get("get")
			.get("responses")
			.get("200")
			.get("content")
			.has("application/pdf")).isTrue();
		assertThat(paths.get(VERSION + "/html").get("get").get("responses").get("200").get("content").has("text/html"))
			.isTrue();
		assertThat(paths.get(VERSION + "/pdf")
			.get("get")
			.get("responses")
			.get("200")
			.get("headers")
			.has("Pressroom-Stale")).isTrue();
		JsonNode status = paths.get(VERSION + "/serialization").get("get").get("responses").get("200");
		assertThat(status.get("content").get("application/json").get("schema").get("$ref").asString())
			.endsWith("/SerializationStatus");
		JsonNode serialize = paths.get(VERSION + "/serialize").get("post").get("responses");
		assertThat(names(serialize)).contains("202").doesNotContain("200");
		assertThat(serialize.get("202").get("headers").has("Location")).isTrue();
		for (JsonNode path : paths) {
			for (JsonNode operation : path) {
				JsonNode responses = operation.get("responses");
				assertThat(names(responses)).contains("400", "401", "403", "404");
				for (String error : List.of("400", "401", "403", "404")) {
					assertThat(responses.get(error)
						.get("content")
						.get("application/problem+json")
						.get("schema")
						.get("$ref")
						.asString()).isEqualTo("#/components/schemas/Problem");
				}
			}
		}
		assertThat(names(paths.get(VERSION + "/pdf").get("get").get("responses"))).contains("503");
	}

	@Test
	void documentsTheEditorSchemeAndWhoMayCallWhat() {
		JsonNode doc = apiDocs();

		JsonNode scheme = doc.get("components").get("securitySchemes").get("editor");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(names(doc.get("components").get("schemas").get("Problem").get("properties"))).contains("type",
				"title", "status", "detail", "instance");
		JsonNode paths = doc.get("paths");
		for (String editorOnly : List.of("/serialization:get", "/serialize:post")) {
			String[] parts = editorOnly.split(":");
			assertThat(paths.get(VERSION + parts[0]).get(parts[1]).get("security").toString())
				.isEqualTo("[{\"editor\":[]}]");
		}
		for (String download : List.of("/pdf", "/html")) {
			assertThat(paths.get(VERSION + download).get("get").get("security").toString())
				.isEqualTo("[{},{\"editor\":[]}]");
		}
	}

	private JsonNode apiDocs() {
		HttpResponse<byte[]> response = this.anonymous.get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

}
