package org.pressroom.core.output;

import java.io.InputStream;

/** An object being read from storage; the caller closes the stream. */
public record StoredObject(InputStream content, long length, String contentType, String etag) {
}
