package org.pressroom.core.dispatch;

import java.time.Duration;

import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.core.JacksonException;

/**
 * Sorts dispatch failures into the content's (final until the version changes again,
 * shown to the editor) and the infrastructure's (retried with backoff): issue #12, where
 * a version stayed pending for ever with a WARN every 2 s.
 */
final class DispatchErrors {

	/** Dispatch retries wait 2^n seconds, at most this long. */
	static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(5);

	private DispatchErrors() {
	}

	/**
	 * The content's fault: JSON the parser refuses (e.g. nested deeper than Jackson's 500
	 * levels), or an image key the store refuses as such (400, 414). Everything else (the
	 * database, S3 away or failing) may pass.
	 */
	static boolean isContentError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return true;
			}
			if (cause instanceof S3Exception s3 && (s3.statusCode() == 400 || s3.statusCode() == 414)) {
				return true;
			}
		}
		return false;
	}

	/** What the editor reads in the status. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() == null) ? root.getClass().getSimpleName() : root.getMessage();
		message = message.lines().findFirst().orElse(message);
		if (message.length() > 500) {
			message = message.substring(0, 497) + "...";
		}
		return isContentError(failure) ? "The version's content cannot be read for rendering: " + message
				: "Reading the version for rendering failed (retried): " + message;
	}

	/**
	 * How long the {@code attempts}-th failed dispatch waits: 2, 4, 8 ... seconds, at
	 * most five minutes.
	 */
	static Duration retryDelay(int attempts) {
		long seconds = 1L << Math.min(Math.max(attempts, 1), 20);
		return Duration.ofSeconds(Math.min(seconds, MAX_RETRY_DELAY.toSeconds()));
	}

}
