package org.pressroom.core.output;

/** Storage could not be reached or read: an infrastructure error, worth a retry. */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
