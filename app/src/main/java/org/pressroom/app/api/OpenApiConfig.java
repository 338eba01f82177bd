package org.pressroom.app.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the controllers declare, plus what
 * every operation shares, written once here: the path parameters, the RFC 9457 problem
 * responses and who may call it (the security rules live in
 * {@code org.pressroom.app.security}; {@code OpenApiIT} checks the two agree).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String EDITOR = "editor";

	static final String PROBLEM = "Problem";

	/** Operations anyone may call for a PUBLISHED version; all others need an editor. */
	static final Set<String> PUBLIC_WHEN_PUBLISHED = Set.of("downloadPdf", "downloadHtml");

	private static final Map<String, String> ERRORS = Map.of("400", "Malformed ATBD id, alias or major number", "401",
			"No credential where one is needed, or an invalid one (see WWW-Authenticate)", "403",
			"A valid credential without the editor role", "404", "No such ATBD or version, or no output yet");

	@Bean
	OpenAPI pressroomOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Pressroom API")
				.version("1")
				.description("Serialization status, PDF and HTML of ATBD versions, and forced re-renders."))
			.components(new Components().addSecuritySchemes(EDITOR,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An editor token (PRESSROOM_SECURITY_EDITOR_TOKENS) or a JWT from the configured "
								+ "issuer carrying the editor role")));
	}

	@Bean
	OpenApiCustomizer sharedApiDocumentation() {
		// The schema is added here, with the references to it: springdoc drops
		// unreferenced schemas before.
		return (openApi) -> openApi.schema(PROBLEM, problemSchema())
			.getPaths()
			.values()
			.forEach((path) -> path.readOperations().forEach((operation) -> {
				describeParameters(operation.getParameters());
				ERRORS.forEach(
						(status, description) -> operation.getResponses().addApiResponse(status, problem(description)));
				if (PUBLIC_WHEN_PUBLISHED.contains(operation.getOperationId())) {
					operation.getResponses()
						.addApiResponse("503", problem("The output storage cannot be reached right now"));
					// An empty requirement: anonymous access is one of the alternatives.
					operation
						.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(EDITOR)));
				}
				else {
					operation.setSecurity(List.of(new SecurityRequirement().addList(EDITOR)));
				}
			}));
	}

	private static void describeParameters(List<Parameter> parameters) {
		for (Parameter parameter : parameters == null ? List.<Parameter>of() : parameters) {
			if (parameter.getName().equals("atbdIdOrAlias")) {
				parameter.description("The ATBD's numeric id or its alias")
					.example("gedi04-a-atbd")
					.schema(new StringSchema().pattern("^[a-z0-9-]{1,255}$"));
			}
			else if (parameter.getName().equals("major")) {
				parameter.description("The version's major number")
					.example("1")
					.schema(new StringSchema().pattern("^[0-9]{1,9}$"));
			}
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema());
	}

}
