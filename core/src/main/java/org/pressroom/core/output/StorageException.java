package org.pressroom.core.output;

/**
 * Storage could not be reached or read: an infrastructure error, worth a retry.
 * {@link OutputStore} throws it for every failure of S3 or the AWS SDK, so no SDK type
 * reaches its callers (the web layer answers 503 for it).
 */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
