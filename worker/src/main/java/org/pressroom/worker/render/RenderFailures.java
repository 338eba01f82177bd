package org.pressroom.worker.render;

import java.util.Set;

/**
 * Which failures of a render are the document's, though no LaTeX error says so (issue
 * #12): an output larger than a Java array or string can hold is final at once (one 564
 * KB image used 1,000 times made an HTML page past 2 GB, and each of five retries took
 * 6.6 GB of heap first). Running out of time or of heap may be an overloaded worker, so
 * those are retried a few times ({@code pressroom.admission.timeout-attempts}) before
 * they are final. Everything else that is not a {@link ContentFailure} or a LaTeX error
 * is the infrastructure's and retried with backoff.
 */
final class RenderFailures {

	/** What the JVM says when an array or string would exceed its limits. */
	private static final Set<String> SIZE_LIMITS = Set.of("Requested array size exceeds VM limit",
			"exceeds implementation limit", "UTF16 String size is", "Required length exceeds", "String size");

	private RenderFailures() {
	}

	/**
	 * Whether {@code failure}, or what caused it, says an output would be larger than
	 * Java can hold.
	 */
	static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof NegativeArraySizeException) {
				return true;
			}
			if (cause instanceof OutOfMemoryError && cause.getMessage() != null
					&& SIZE_LIMITS.stream().anyMatch(cause.getMessage()::contains)) {
				return true;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether the worker ran out of heap (not a size limit): retried a few times, then
	 * the document's fault.
	 */
	static boolean isOutOfMemory(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return false;
	}

}
