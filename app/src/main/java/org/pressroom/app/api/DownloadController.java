package org.pressroom.app.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.StoredObject;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
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
 * Serves the newest output that rendered successfully, never a partial or failed one. While newer content is
 * pending, queued, running or failed, readers get the last good output with {@value #STALE_HEADER}: true.
 */
@RestController
@RequestMapping("/api/atbds/{atbdIdOrAlias}/versions/{major}")
class DownloadController {

	static final String STALE_HEADER = "Pressroom-Stale";

	static final String CHECKSUM_HEADER = "Pressroom-Checksum";

	private final VersionResolver resolver;

	private final SerializationRepository serializations;

	private final ChangeRequestRepository changeRequests;

	private final ServedOutputs outputs;

	DownloadController(VersionResolver resolver, SerializationRepository serializations,
			ChangeRequestRepository changeRequests, ServedOutputs outputs) {
		this.resolver = resolver;
		this.serializations = serializations;
		this.changeRequests = changeRequests;
		this.outputs = outputs;
	}

	@GetMapping("/pdf")
	ResponseEntity<InputStreamResource> pdf(@PathVariable String atbdIdOrAlias, @PathVariable String major) {
		return serve(this.resolver.resolve(atbdIdOrAlias, major), OutputKeys.DOCUMENT_PDF, MediaType.APPLICATION_PDF);
	}

	@GetMapping("/html")
	ResponseEntity<InputStreamResource> html(@PathVariable String atbdIdOrAlias, @PathVariable String major) {
		return serve(this.resolver.resolve(atbdIdOrAlias, major), OutputKeys.DOCUMENT_HTML,
				new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
	}

	private ResponseEntity<InputStreamResource> serve(VersionKey key, String file, MediaType mediaType) {
		Serialization served = this.serializations.lastSucceeded(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					key + " has no successful rendering yet; see " + StatusPaths.serialization(key)));
		StoredObject object = this.outputs.open(OutputKeys.of(key, served.checksum(), file))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					key + " has no " + file + " for " + served.checksum()));
		return ResponseEntity.ok()
			.contentType(mediaType)
			.contentLength(object.length())
			.eTag(served.checksum())
			.header(CHECKSUM_HEADER, served.checksum())
			.header(STALE_HEADER, Boolean.toString(isStale(key, served)))
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(new InputStreamResource(object.content()));
	}

	private boolean isStale(VersionKey key, Serialization served) {
		if (this.changeRequests.isPending(key)) {
			return true;
		}
		Optional<Serialization> current = this.serializations.current(key);
		return current.isPresent() && !current.get().checksum().equals(served.checksum())
				&& current.get().state() != SerializationState.SUPERSEDED;
	}

}
