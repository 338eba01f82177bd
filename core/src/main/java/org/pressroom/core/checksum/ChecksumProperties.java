package org.pressroom.core.checksum;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxImageIdentities images per version whose stored identity (ETag) the checksum
 * covers, in document order; later ones count by their key alone and cost no S3 call.
 * Keep it at least {@code pressroom.render.max-images}, the images a worker shows (both
 * default to 200)
 */
@ConfigurationProperties("pressroom.checksum")
public record ChecksumProperties(@DefaultValue(DEFAULT_MAX_IMAGE_IDENTITIES) int maxImageIdentities) {

	public static final String DEFAULT_MAX_IMAGE_IDENTITIES = "200";

	public ChecksumProperties {
		if (maxImageIdentities < 0) {
			throw new IllegalArgumentException("pressroom.checksum.max-image-identities must not be negative");
		}
	}

}
