package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one S3 server a test JVM uses: an in-memory {@link EmbeddedS3} on a port the OS
 * picks, access key {@code pressroom}, secret {@code pressroom-secret}. It dies with the
 * JVM; tests that need a clean store use their own bucket or key prefix.
 */
public final class TestS3 {

	private static EmbeddedS3 s3;

	private TestS3() {
	}

	public static synchronized EmbeddedS3 get() {
		if (s3 == null) {
			try {
				s3 = EmbeddedS3.start(0, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return s3;
	}

}
