package org.pressroom.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-protocol server in this JVM: s3proxy 4.x (its own BlobStore API, no jclouds) on
 * 127.0.0.1, path-style only, checking AWS V2 or V4 signatures against one access key.
 * Objects live in memory (an in-memory Jimfs file system) or, for the local run, in a
 * folder that keeps them between runs: one subfolder per bucket, one file per object.
 * Starts in about a second (DESIGN §7). Clients need {@code forcePathStyle(true)}.
 */
public final class EmbeddedS3 implements AutoCloseable {

	public static final String DEFAULT_ACCESS_KEY = "pressroom";

	public static final String DEFAULT_SECRET_KEY = "pressroom-secret";

	private static final String REGION = "us-east-1";

	/** Jetty's AbstractLifeCycle.STARTED, which S3Proxy.getState() reports. */
	private static final String STARTED = "STARTED";

	private final S3Proxy proxy;

	private final BlobStore store;

	private final URI endpoint;

	private final String accessKey;

	private final String secretKey;

	private boolean closed;

	private EmbeddedS3(S3Proxy proxy, BlobStore store, String accessKey, String secretKey) {
		this.proxy = proxy;
		this.store = store;
		this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
		this.accessKey = accessKey;
		this.secretKey = secretKey;
	}

	/**
	 * With the default keys; {@code port} 0 picks a free one, {@code dataDir} null keeps
	 * objects in memory.
	 */
	public static EmbeddedS3 start(int port, Path dataDir) throws IOException {
		return start(port, dataDir, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY);
	}

	public static EmbeddedS3 start(int port, Path dataDir, String accessKey, String secretKey) throws IOException {
		long started = System.nanoTime();
		BlobStore store = (dataDir != null)
				? new FilesystemNio2BlobStore(Files.createDirectories(dataDir).toAbsolutePath().toString())
				: new TransientNio2BlobStore();
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(store)
			.endpoint(URI.create("http://127.0.0.1:" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
			// close() comes after the last request; a graceful drain would wait 2 s for
			// idle keep-alive connections
			.stopTimeout(0)
			.build();
		try {
			proxy.start();
			awaitStarted(proxy);
		}
		catch (Exception ex) {
			store.close();
			throw new IllegalStateException("s3proxy did not start on 127.0.0.1:" + port, ex);
		}
		EmbeddedS3 s3 = new EmbeddedS3(proxy, store, accessKey, secretKey);
		System.out.printf("[embedded-s3] %s ready in %d ms (%s)%n", s3.endpoint,
				(System.nanoTime() - started) / 1_000_000, (dataDir != null) ? dataDir.toAbsolutePath() : "in memory");
		return s3;
	}

	public URI endpoint() {
		return this.endpoint;
	}

	public String accessKey() {
		return this.accessKey;
	}

	public String secretKey() {
		return this.secretKey;
	}

	/**
	 * s3proxy accepts any region in a signature; this is the one clients should sign
	 * with.
	 */
	public String region() {
		return REGION;
	}

	/** Stops the server and its threads; safe to call twice. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("s3proxy did not stop", ex);
		}
		finally {
			this.store.close();
		}
	}

	private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!STARTED.equals(proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("s3proxy state is still " + proxy.getState());
			}
			Thread.sleep(10);
		}
	}

}
