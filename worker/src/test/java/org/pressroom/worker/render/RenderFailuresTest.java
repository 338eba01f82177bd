package org.pressroom.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/**
 * Issue #12: an HTML page larger than a Java string is the document's fault (final at
 * once), not five retries of 6.6 GB of heap; a worker that merely ran out of heap is
 * retried a few times first.
 */
class RenderFailuresTest {

	@Test
	void outputsLargerThanJavaCanHoldAreTheDocumentsFault() {
		assertThat(RenderFailures.isTooLarge(new NegativeArraySizeException("-2147483648"))).isTrue();
		assertThat(RenderFailures.isTooLarge(new OutOfMemoryError("Requested array size exceeds VM limit"))).isTrue();
		assertThat(RenderFailures
			.isTooLarge(new OutOfMemoryError("UTF16 String size is 1073741824, should be less " + "than 1073741823")))
			.isTrue();
		// As the HTML thread's failure reaches the render job: wrapped.
		assertThat(RenderFailures.isTooLarge(new CompletionException(new NegativeArraySizeException("-1")))).isTrue();
	}

	@Test
	void heapExhaustionAndOtherFailuresAreNotSizeLimits() {
		assertThat(RenderFailures.isTooLarge(new OutOfMemoryError("Java heap space"))).isFalse();
		assertThat(RenderFailures.isOutOfMemory(new OutOfMemoryError("Java heap space"))).isTrue();
		assertThat(RenderFailures.isTooLarge(new UncheckedIOException(new java.io.IOException("disk full")))).isFalse();
		assertThat(RenderFailures.isOutOfMemory(new IllegalStateException("S3 away"))).isFalse();
	}

	@Test
	void javaReallyFailsThatWayOnAStringPastItsLimit() {
		// The JVM refuses a char array past its limit before allocating anything.
		Throwable failure = null;
		try {
			new StringBuilder(Integer.MAX_VALUE);
		}
		catch (Throwable ex) {
			failure = ex;
		}
		assertThat(failure).isNotNull();
		assertThat(RenderFailures.isTooLarge(failure)).as(String.valueOf(failure)).isTrue();
	}

}
