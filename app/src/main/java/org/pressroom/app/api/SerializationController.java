package org.pressroom.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.pressroom.core.dispatch.DispatchFailure;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Serialization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serialization status for editors, and the manual re-render trigger. */
@RestController
@RequestMapping("/api/atbds/{atbdIdOrAlias}/versions/{major}")
@Tag(name = "serialization", description = "Rendering status with errors, and re-renders: editors only")
class SerializationController {

	private final VersionResolver resolver;

	private final RenderingStates states;

	private final RerenderTrigger rerender;

	SerializationController(VersionResolver resolver, RenderingStates states, RerenderTrigger rerender) {
		this.resolver = resolver;
		this.states = states;
		this.rerender = rerender;
	}

	@GetMapping("/serialization")
	@Operation(operationId = "serializationStatus", summary = "The version's rendering state, errors and warnings")
	@ApiResponse(responseCode = "200", description = "The status")
	SerializationStatus status(@PathVariable String atbdIdOrAlias, @PathVariable String major,
			HttpServletRequest request) {
		VersionKey key = this.resolver.resolve(request, atbdIdOrAlias, major);
		RenderingState state = this.states.of(key);
		boolean changePending = state.changePending();
		Optional<Serialization> current = state.current();
		Optional<Serialization> served = state.served();
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", StatusPaths.serialization(key));
		served.ifPresent((row) -> {
			links.put("pdf", StatusPaths.version(key) + "/pdf");
			links.put("html", StatusPaths.version(key) + "/html");
		});
		String servedChecksum = served.map(Serialization::checksum).orElse(null);
		Optional<DispatchFailure> failure = state.dispatchFailure();
		if (failure.isPresent() && (failure.get().isFinal() || changePending)) {
			// The newest change could not even be read for rendering: final (failed) or
			// retried (pending).
			return new SerializationStatus(key.atbdId(), key.major(), failure.get().isFinal() ? "failed" : "pending",
					null, changePending, null, null, null, 0, failure.get().error(), List.of(), List.of(), Map.of(),
					servedChecksum, links);
		}
		if (current.isEmpty()) {
			return new SerializationStatus(key.atbdId(), key.major(), "pending", null, true, null, null, null, 0, null,
					List.of(), List.of(), Map.of(), servedChecksum, links);
		}
		Serialization row = current.get();
		return new SerializationStatus(key.atbdId(), key.major(), changePending ? "pending" : row.state().dbValue(),
				row.checksum(), changePending, row.computedAt(), row.startedAt(), row.finishedAt(), row.attempts(),
				row.error(), row.errorDetails(), row.warnings(), row.timings(), servedChecksum, links);
	}

	/**
	 * Forces a re-render by writing a new datetime to
	 * {@code pressroom.rerender_requests}: its trigger records it like any edit, so the
	 * render goes through the same durable path. A request while a render is on its way
	 * joins it.
	 */
	@PostMapping("/serialize")
	@Operation(operationId = "requestSerialization", summary = "Forces a re-render of the version")
	@ApiResponse(responseCode = "202", description = "Recorded; follow the status link",
			headers = @Header(name = "Location", description = "the status path"),
			content = @Content(mediaType = "application/json",
					schema = @Schema(example = "{\"status\": " + "\"/api/atbds/2/versions/1/serialization\"}")))
	ResponseEntity<Map<String, String>> serialize(@PathVariable String atbdIdOrAlias, @PathVariable String major,
			HttpServletRequest request) {
		VersionKey key = this.resolver.resolve(request, atbdIdOrAlias, major);
		boolean started = this.rerender.request(key);
		String status = StatusPaths.serialization(key);
		return ResponseEntity.accepted()
			.header("Location", status)
			.body(Map.of("status", status, "render", started ? "requested" : "already on its way"));
	}

}
