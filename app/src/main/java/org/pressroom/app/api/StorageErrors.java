package org.pressroom.app.api;

import org.pressroom.core.output.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * S3 out of reach is the service's trouble, not the reader's: a 503 problem, never a
 * broken file or a 500. {@code OutputStore} turns every S3 and SDK failure into a
 * {@link StorageException}, so that is the one to catch.
 */
@RestControllerAdvice
class StorageErrors {

	private static final Logger log = LoggerFactory.getLogger(StorageErrors.class);

	@ExceptionHandler(StorageException.class)
	ProblemDetail storageUnavailable(StorageException ex) {
		log.warn("Output storage failed: {}", ex.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The output storage cannot be reached right now; try again shortly");
		problem.setTitle("Storage unavailable");
		return problem;
	}

}
