package org.pressroom.app.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import software.amazon.awssdk.core.exception.SdkException;

/** S3 out of reach is the service's trouble, not the reader's: a 503 problem, never a broken file or a 500. */
@RestControllerAdvice
class StorageErrors {

	private static final Logger log = LoggerFactory.getLogger(StorageErrors.class);

	@ExceptionHandler(SdkException.class)
	ProblemDetail storageUnavailable(SdkException ex) {
		log.warn("Output storage failed: {}", ex.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The output storage cannot be reached right now; try again shortly");
		problem.setTitle("Storage unavailable");
		return problem;
	}

}
