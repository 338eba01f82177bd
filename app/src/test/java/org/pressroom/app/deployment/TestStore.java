package org.pressroom.app.deployment;

import org.pressroom.app.AptEdits;
import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestOutputStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The test's own clients of the deployment's S3 server and database, outside both nodes.
 */
final class TestStore {

	private final S3Client s3;

	private final String bucket;

	private final TestOutputStore outputs;

	TestStore(EmbeddedS3 server, String bucket) {
		this.s3 = client(server);
		this.bucket = bucket;
		this.outputs = new TestOutputStore(this.s3, new StorageProperties(bucket, null, server.endpoint(),
				server.region(), server.accessKey(), server.secretKey(), false));
	}

	/**
	 * A client of the server with its own credentials, path-style as Pressroom addresses
	 * it.
	 */
	static S3Client client(EmbeddedS3 server) {
		return S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(server.region()))
			.endpointOverride(server.endpoint())
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(server.accessKey(), server.secretKey())))
			.build();
	}

	void createBucket() {
		this.s3.createBucket((request) -> request.bucket(this.bucket));
	}

	TestOutputStore outputs() {
		return this.outputs;
	}

	/** APT's writer, on its own connections: the SQL any other writer would send. */
	AptEdits aptEdits(EmbeddedPostgres postgres) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(),
				postgres.password());
		return new AptEdits(JdbcClient.create(dataSource), dataSource);
	}

}
