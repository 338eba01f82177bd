package org.pressroom.app.recovery;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.pressroom.core.checksum.ChecksumProperties;
import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StorageProperties;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fault test checks at the end, read the way Pressroom reads it (its own reader
 * and checksum), from outside any node: is each version's newest content rendered, and
 * what lies in S3.
 */
final class FaultLedger implements AutoCloseable {

	private final JdbcClient jdbc;

	private final ContentReader contents;

	private final SerializationRepository serializations;

	private final ChangeRequestRepository changeRequests;

	private final RenderWorkerRepository workers;

	private final S3Client s3;

	private final String bucket;

	FaultLedger(DataSource dataSource, URI s3Endpoint, String bucket) {
		JsonMapper json = JsonMapper.builder().build();
		this.jdbc = JdbcClient.create(dataSource);
		this.s3 = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.US_EAST_1)
			.endpointOverride(s3Endpoint)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(EmbeddedS3.DEFAULT_ACCESS_KEY, EmbeddedS3.DEFAULT_SECRET_KEY)))
			.build();
		this.bucket = bucket;
		StorageProperties storage = new StorageProperties(this.bucket, null, s3Endpoint, "us-east-1",
				EmbeddedS3.DEFAULT_ACCESS_KEY, EmbeddedS3.DEFAULT_SECRET_KEY, false);
		this.contents = new ContentReader(
				new VersionRepository(this.jdbc, new DataSourceTransactionManager(dataSource), json),
				new OutputStore(this.s3, storage), new ChecksumProperties(200), Clock.systemUTC());
		this.workers = new RenderWorkerRepository(this.jdbc);
		this.serializations = new SerializationRepository(this.jdbc, json);
		this.changeRequests = new ChangeRequestRepository(this.jdbc);
	}

	/**
	 * The checksum of the version's content now, at the current renderer version; empty
	 * if it was deleted.
	 */
	Optional<String> currentChecksum(VersionKey key) {
		return this.workers.currentRenderer()
			.flatMap((renderer) -> this.contents.read(key, renderer))
			.map(VersionContent::checksum);
	}

	/** Whether the newest rendered output of the version is its content now. */
	boolean isFresh(VersionKey key) {
		Optional<String> current = currentChecksum(key);
		Optional<Serialization> served = this.serializations.lastSucceeded(key);
		return current.isPresent() && served.isPresent() && served.get().checksum().equals(current.get())
				&& !isPending(key);
	}

	long staleCount(Collection<VersionKey> keys) {
		return keys.stream().filter((key) -> !isFresh(key)).count();
	}

	void awaitAllRendered(Collection<VersionKey> keys, Duration timeout) {
		await("every version rendered at its newest content").atMost(timeout)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> staleCount(keys) == 0);
	}

	boolean isPending(VersionKey key) {
		return this.changeRequests.isPending(key);
	}

	/**
	 * How often a render of this checksum started (a killed or failed attempt counts
	 * too).
	 */
	int attempts(VersionKey key, String checksum) {
		return this.serializations.find(key, checksum).map(Serialization::attempts).orElse(0);
	}

	/**
	 * The serializations of the version that ended succeeded: more than one per checksum
	 * is impossible by key.
	 */
	long succeededRenders(VersionKey key) {
		return this.serializations.findAll(key)
			.stream()
			.filter((row) -> row.state() == SerializationState.SUCCEEDED)
			.count();
	}

	/** The file names stored under the version's checksum folder. */
	List<String> objectNames(VersionKey key, String checksum) {
		String prefix = OutputKeys.checksumPrefix(key, checksum);
		return this.s3.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.map((name) -> name.substring(prefix.length()))
			.toList();
	}

	/** The PDF stored for the version's newest succeeded render. */
	byte[] servedPdf(VersionKey key) {
		Serialization served = this.serializations.lastSucceeded(key).orElseThrow();
		return this.s3
			.getObjectAsBytes((request) -> request.bucket(this.bucket)
				.key(OutputKeys.of(key, served.checksum(), OutputKeys.DOCUMENT_PDF)))
			.asByteArray();
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
