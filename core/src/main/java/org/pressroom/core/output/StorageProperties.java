package org.pressroom.core.output;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where outputs and images live. Without {@code endpoint} the AWS SDK's defaults apply
 * (real S3, credentials from the default chain); with it, any S3-protocol server
 * (s3proxy, MinIO) addressed path-style.
 *
 * @param bucket the bucket for outputs
 * @param imagesBucket the bucket holding APT's images under
 * {@code {atbd_id}/images/{objectKey}}; defaults to {@code bucket}
 * @param endpoint an S3-protocol server to use instead of AWS
 * @param region the signing region
 * @param accessKey static credentials, with {@code secretKey}; both blank means the SDK's
 * default chain
 * @param secretKey see {@code accessKey}
 * @param createBucket create the buckets at start when missing (local runs and tests)
 */
@ConfigurationProperties("pressroom.storage")
public record StorageProperties(@DefaultValue(DEFAULT_BUCKET) String bucket, String imagesBucket, URI endpoint,
		@DefaultValue(DEFAULT_REGION) String region, String accessKey, String secretKey,
		@DefaultValue("false") boolean createBucket) {

	public static final String DEFAULT_BUCKET = "pressroom";

	public static final String DEFAULT_REGION = "us-east-1";

	public StorageProperties {
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalArgumentException("pressroom.storage.bucket must not be blank");
		}
		imagesBucket = imagesBucket == null || imagesBucket.isBlank() ? bucket : imagesBucket;
		if ((accessKey == null || accessKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
			throw new IllegalArgumentException(
					"set both pressroom.storage.access-key and pressroom.storage.secret-key, or neither");
		}
	}

	boolean hasStaticCredentials() {
		return this.accessKey != null && !this.accessKey.isBlank();
	}

}
