package org.pressroom.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedS3IT {

	@TempDir
	Path dir;

	@Test
	void putsGetsAndHeadsObjectsWithDefaultAndWhenRequiredChecksums() {
		EmbeddedS3 s3 = TestS3.get();
		for (RequestChecksumCalculation checksums : RequestChecksumCalculation.values()) {
			try (S3Client client = client(s3, s3.secretKey(), checksums)) {
				String bucket = "round-trip-" + checksums.name().toLowerCase().replace('_', '-');
				client.createBucket((request) -> request.bucket(bucket));
				client.putObject((request) -> request.bucket(bucket).key("a/b.txt").contentType("text/plain"),
						RequestBody.fromString("hello " + checksums));

				assertThat(client.getObjectAsBytes((request) -> request.bucket(bucket).key("a/b.txt")).asUtf8String())
					.isEqualTo("hello " + checksums);
				HeadObjectResponse head = client.headObject((request) -> request.bucket(bucket).key("a/b.txt"));
				assertThat(head.contentLength()).isEqualTo(("hello " + checksums).length());
				assertThat(head.contentType()).isEqualTo("text/plain");
			}
		}
	}

	@Test
	void rejectsAWrongSecretWith403() {
		EmbeddedS3 s3 = TestS3.get();
		try (S3Client client = client(s3, "not-the-secret", RequestChecksumCalculation.WHEN_SUPPORTED)) {
			assertThatExceptionOfType(S3Exception.class).isThrownBy(client::listBuckets)
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
		}
	}

	@Test
	void folderBackedStoreKeepsObjectsAcrossARestart() throws Exception {
		Path data = this.dir.resolve("s3");
		try (EmbeddedS3 s3 = EmbeddedS3.start(0, data); S3Client client = client(s3)) {
			client.createBucket((request) -> request.bucket("kept"));
			client.putObject((request) -> request.bucket("kept").key("atbds/2/v1/status.json"),
					RequestBody.fromString("{\"state\":\"SUCCEEDED\"}"));
		}
		try (EmbeddedS3 s3 = EmbeddedS3.start(0, data); S3Client client = client(s3)) {
			assertThat(client.getObjectAsBytes((request) -> request.bucket("kept").key("atbds/2/v1/status.json"))
				.asUtf8String()).isEqualTo("{\"state\":\"SUCCEEDED\"}");
		}
	}

	private static S3Client client(EmbeddedS3 s3) {
		return client(s3, s3.secretKey(), RequestChecksumCalculation.WHEN_SUPPORTED);
	}

	private static S3Client client(EmbeddedS3 s3, String secretKey, RequestChecksumCalculation checksums) {
		return S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(s3.endpoint())
			.forcePathStyle(true)
			.region(Region.of(s3.region()))
			.requestChecksumCalculation(checksums)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), secretKey)))
			.build();
	}

}
