package org.pressroom.app.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body the API accepts; none of its endpoints
 * reads one, so anything bigger is refused with 413 before it is read
 * @param outputCacheSize memory for outputs already served; they are immutable (the key
 * holds the checksum), so readers keep getting them while S3 is out of reach
 * @param outputCacheMaxEntry outputs larger than this stream from S3 without being kept
 */
@ConfigurationProperties("pressroom.api")
public record ApiProperties(@DefaultValue(DEFAULT_MAX_REQUEST_BODY) DataSize maxRequestBody,
		@DefaultValue(DEFAULT_OUTPUT_CACHE_SIZE) DataSize outputCacheSize,
		@DefaultValue(DEFAULT_OUTPUT_CACHE_MAX_ENTRY) DataSize outputCacheMaxEntry) {

	public static final String DEFAULT_MAX_REQUEST_BODY = "16KB";

	public static final String DEFAULT_OUTPUT_CACHE_SIZE = "256MB";

	public static final String DEFAULT_OUTPUT_CACHE_MAX_ENTRY = "32MB";

	public ApiProperties {
		if (outputCacheMaxEntry.compareTo(outputCacheSize) > 0 && outputCacheSize.toBytes() > 0) {
			throw new IllegalArgumentException("pressroom.api.output-cache-max-entry (" + outputCacheMaxEntry
					+ ") must not exceed pressroom.api.output-cache-size (" + outputCacheSize + ")");
		}
	}

}
