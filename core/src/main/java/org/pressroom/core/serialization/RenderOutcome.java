package org.pressroom.core.serialization;

import java.util.List;
import java.util.Map;

/**
 * What a finished render records: outputs and timings on success, the error and its
 * details on failure.
 */
public record RenderOutcome(Map<String, String> outputs, Map<String, Long> timings, List<String> warnings, String error,
		List<RenderError> errorDetails) {

	public RenderOutcome {
		outputs = Map.copyOf(outputs);
		timings = Map.copyOf(timings);
		warnings = List.copyOf(warnings);
		errorDetails = List.copyOf(errorDetails);
	}

	public static RenderOutcome succeeded(Map<String, String> outputs, Map<String, Long> timings,
			List<String> warnings) {
		return new RenderOutcome(outputs, timings, warnings, null, List.of());
	}

	public static RenderOutcome failed(String error, List<RenderError> details, Map<String, Long> timings,
			List<String> warnings) {
		return new RenderOutcome(Map.of(), timings, warnings, error, details);
	}

	/**
	 * The same outcome with its warnings and error details replaced by one note (they
	 * could not be stored).
	 */
	public RenderOutcome withoutDetails(String note) {
		return new RenderOutcome(this.outputs, this.timings, List.of(note), this.error, List.of());
	}

	public boolean isSuccess() {
		return this.error == null;
	}

}
