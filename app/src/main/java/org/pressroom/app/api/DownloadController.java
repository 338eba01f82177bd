package org.pressroom.app.api;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.StoredObject;
import org.pressroom.core.serialization.Serialization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the newest output that rendered successfully, never a partial or failed one.
 * While newer content is pending, queued, running or failed, readers get the last good
 * output with {@value #STALE_HEADER}: true. The HTML carries
 * {@link HtmlPolicy#CONTENT_SECURITY_POLICY}: documents are written by many hands and
 * read by anyone.
 */
@RestController
@RequestMapping("/api/atbds/{atbdIdOrAlias}/versions/{major}")
@Tag(name = "outputs", description = "The newest successful PDF and HTML: public for PUBLISHED versions")
class DownloadController {

	static final String STALE_HEADER = "Pressroom-Stale";

	static final String CHECKSUM_HEADER = "Pressroom-Checksum";

	private final VersionResolver resolver;

	private final RenderingStates states;

	private final ServedOutputs outputs;

	DownloadController(VersionResolver resolver, RenderingStates states, ServedOutputs outputs) {
		this.resolver = resolver;
		this.states = states;
		this.outputs = outputs;
	}

	@GetMapping("/pdf")
	@Operation(operationId = "downloadPdf", summary = "The newest successfully rendered PDF",
			description = "Anyone may read a PUBLISHED version's PDF; other versions need an editor.")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
			headers = {
					@Header(name = STALE_HEADER, description = "true while newer content is on its way or failed",
							schema = @Schema(type = "boolean")),
					@Header(name = CHECKSUM_HEADER, description = "the content checksum served (also the ETag)") })
	ResponseEntity<InputStreamResource> pdf(@PathVariable String atbdIdOrAlias, @PathVariable String major,
			HttpServletRequest request) {
		return serve(this.resolver.resolve(request, atbdIdOrAlias, major), OutputKeys.DOCUMENT_PDF,
				MediaType.APPLICATION_PDF, new HttpHeaders());
	}

	@GetMapping("/html")
	@Operation(operationId = "downloadHtml", summary = "The newest successfully rendered HTML",
			description = "Anyone may read a PUBLISHED version's HTML; other versions need an editor.")
	@ApiResponse(responseCode = "200", description = "The self-contained HTML",
			content = @Content(mediaType = "text/html", schema = @Schema(type = "string")),
			headers = {
					@Header(name = STALE_HEADER, description = "true while newer content is on its way or failed",
							schema = @Schema(type = "boolean")),
					@Header(name = CHECKSUM_HEADER, description = "the content checksum served (also the ETag)") })
	ResponseEntity<InputStreamResource> html(@PathVariable String atbdIdOrAlias, @PathVariable String major,
			HttpServletRequest request) {
		HttpHeaders policy = new HttpHeaders();
		policy.set(HtmlPolicy.HEADER, HtmlPolicy.CONTENT_SECURITY_POLICY);
		return serve(this.resolver.resolve(request, atbdIdOrAlias, major), OutputKeys.DOCUMENT_HTML,
				new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), policy);
	}

	private ResponseEntity<InputStreamResource> serve(VersionKey key, String file, MediaType mediaType,
			HttpHeaders headers) {
		RenderingState state = this.states.of(key);
		Serialization served = state.served()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					key + " has no successful rendering yet; see " + StatusPaths.serialization(key)));
		StoredObject object = this.outputs.open(OutputKeys.of(key, served.checksum(), file))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					key + " has no " + file + " for " + served.checksum()));
		return ResponseEntity.ok()
			.headers(headers)
			.contentType(mediaType)
			.contentLength(object.length())
			.eTag(served.checksum())
			.header(CHECKSUM_HEADER, served.checksum())
			.header(STALE_HEADER, Boolean.toString(state.servedIsStale()))
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			// Spring Security sends it too; said here as well, since a reader's browser
			// must never guess.
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(object.content()));
	}

}
