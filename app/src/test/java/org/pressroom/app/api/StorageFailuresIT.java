package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StorageException;
import org.pressroom.core.output.StorageProperties;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store the API reads from, pointed at an address where no S3 server listens: every
 * failure comes out as Pressroom's {@link StorageException}, never as an AWS SDK type
 * (the API answers 503 for it), and an objectKey that could leave its ATBD's image folder
 * is refused without a request (one would fail here).
 */
class StorageFailuresIT {

	private final AtomicInteger connections = new AtomicInteger();

	private ServerSocket server;

	private S3Client s3;

	private OutputStore store;

	/**
	 * A server that takes each connection and closes it at once, counting them: S3
	 * answering nothing.
	 */
	@BeforeEach
	void pointAtAServerThatAnswersNothing() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.server.isClosed()) {
				try (Socket socket = this.server.accept()) {
					this.connections.incrementAndGet();
				}
				catch (IOException ex) {
					// Closed: the test is over.
				}
			}
		}, "storage-failures-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
		URI nowhere = URI.create("http://127.0.0.1:" + this.server.getLocalPort());
		this.s3 = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(2))
				.socketTimeout(Duration.ofSeconds(2)))
			.region(Region.US_EAST_1)
			.endpointOverride(nowhere)
			.forcePathStyle(true)
			.overrideConfiguration((config) -> config.retryStrategy((retry) -> retry.maxAttempts(1)))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.build();
		this.store = new OutputStore(this.s3,
				new StorageProperties("pressroom-test", null, nowhere, "us-east-1", "key", "secret", false));
	}

	@AfterEach
	void close() throws IOException {
		this.s3.close();
		this.server.close();
	}

	@Test
	void everyFailureIsAStorageException() throws IOException {
		Path file = Files.createTempFile("pressroom-storage-failure", ".txt");
		try {
			List<Runnable> calls = List.of(() -> this.store.open("atbds/2/v1/x/document.pdf"),
					() -> this.store.put("atbds/2/v1/x/status.json", new byte[1], "application/json"),
					() -> this.store.put("atbds/2/v1/x/document.tex", file, "text/plain"),
					() -> this.store.imageVersion(2, "figure.png"),
					() -> this.store.downloadImage(2, "figure.png", file, 1024), this.store::checksumPrefixes,
					() -> this.store.deletePrefix("atbds/2/"), () -> this.store.checkBuckets(Duration.ofSeconds(1)),
					this.store::createBucketsIfMissing);
			for (Runnable call : calls) {
				assertThatThrownBy(call::run).isInstanceOf(StorageException.class)
					.isNotInstanceOf(SdkException.class)
					.hasCauseInstanceOf(SdkException.class);
			}
			assertThat(this.connections.get()).isGreaterThanOrEqualTo(calls.size());
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void aRefusedImageKeyIsMissingWithoutARequest() throws IOException {
		Path target = Files.createTempFile("pressroom-refused-image", ".png");
		try {
			for (String objectKey : List.of("../../3/images/secret.png", "../../atbds/3/v1/abc/document.pdf", "",
					"/etc/passwd", "a/./b.png", "a//b.png", "a\\b.png", "tab\there.png", "x".repeat(1025))) {
				assertThat(this.store.imageVersion(2, objectKey)).as(objectKey).isEmpty();
				assertThat(this.store.downloadImage(2, objectKey, target, 1024)).as(objectKey).isFalse();
			}
			assertThat(this.connections.get()).isZero();
			// The same calls with an accepted key do reach the server, and fail there.
			assertThatThrownBy(() -> this.store.imageVersion(2, "figures/fine.png"))
				.isInstanceOf(StorageException.class);
			assertThat(this.connections.get()).isPositive();
		}
		finally {
			Files.delete(target);
		}
	}

}
