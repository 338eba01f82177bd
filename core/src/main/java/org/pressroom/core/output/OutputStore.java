package org.pressroom.core.output;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and writes Pressroom's objects. A single PUT is atomic in S3: readers see the old
 * object or the whole new one, never a part, so outputs need no temporary keys;
 * status.json is written after the outputs it lists.
 * <p>
 * The one seam to the AWS SDK: whatever S3 or the SDK throws leaves here as a
 * {@link StorageException} (a missing object is an empty answer, not an exception), so
 * callers never see SDK types, as JobRunr's SQL storage wraps every {@code SQLException}
 * in its own exception.
 */
public class OutputStore {

	private final S3Client s3;

	private final StorageProperties properties;

	public OutputStore(S3Client s3, StorageProperties properties) {
		this.s3 = s3;
		this.properties = properties;
	}

	public void put(String key, byte[] content, String contentType) {
		translated("could not write " + key,
				() -> this.s3.putObject(
						(request) -> request.bucket(this.properties.bucket()).key(key).contentType(contentType),
						RequestBody.fromBytes(content)));
	}

	public void put(String key, Path file, String contentType) {
		translated("could not write " + key,
				() -> this.s3.putObject(
						(request) -> request.bucket(this.properties.bucket()).key(key).contentType(contentType),
						RequestBody.fromFile(file)));
	}

	/**
	 * Opens an output for streaming, or empty if there is none. A failure while the
	 * stream is read is an {@link IOException}.
	 */
	public Optional<StoredObject> open(String key) {
		return translated("could not read " + key, () -> {
			try {
				ResponseInputStream<GetObjectResponse> stream = this.s3
					.getObject((request) -> request.bucket(this.properties.bucket()).key(key));
				GetObjectResponse response = stream.response();
				return Optional.of(new StoredObject(new SdkFailuresAsIoExceptions(stream), response.contentLength(),
						response.contentType(), response.eTag()));
			}
			catch (NoSuchKeyException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * The ETag of an image APT stores for an ATBD, or empty if there is no such image or
	 * its objectKey is refused ({@link OutputKeys#imageKeyProblem}); a refused key is
	 * never sent to S3.
	 */
	public Optional<String> imageVersion(int atbdId, String objectKey) {
		return OutputKeys.image(atbdId, objectKey).flatMap(this::aptObjectVersion);
	}

	/**
	 * The ETag of an object in APT's bucket (the images bucket), such as a PDF upload at
	 * its {@code pdf_uploads.file_path} ({@link OutputKeys#upload}), or empty if there is
	 * none.
	 */
	public Optional<String> aptObjectVersion(String key) {
		return head(this.properties.imagesBucket(), key).map(HeadObjectResponse::eTag);
	}

	/**
	 * Downloads an image into {@code target} if it exists, its objectKey is not refused
	 * and it is at most {@code maxBytes} long.
	 * @return whether the image is now at {@code target}
	 */
	public boolean downloadImage(int atbdId, String objectKey, Path target, long maxBytes) {
		return OutputKeys.image(atbdId, objectKey).map((key) -> downloadAptObject(key, target, maxBytes)).orElse(false);
	}

	/**
	 * Downloads an object of APT's bucket into {@code target} if it exists and is at most
	 * {@code maxBytes} long.
	 * @return whether the object is now at {@code target}
	 */
	public boolean downloadAptObject(String key, Path target, long maxBytes) {
		Optional<HeadObjectResponse> head = head(this.properties.imagesBucket(), key);
		if (head.isEmpty() || head.get().contentLength() > maxBytes) {
			return false;
		}
		return translated("could not download " + key, () -> {
			try (InputStream content = this.s3
				.getObject((request) -> request.bucket(this.properties.imagesBucket()).key(key))) {
				Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
				return true;
			}
			catch (NoSuchKeyException ex) {
				return false;
			}
			catch (IOException ex) {
				throw new StorageException("could not download " + key, ex);
			}
		});
	}

	/**
	 * Every checksum folder under {@code atbds/}
	 * ({@code atbds/{id}/v{major}/{checksum}/}) with the time its newest object was
	 * written.
	 */
	public Map<String, Instant> checksumPrefixes() {
		return translated("could not list " + OutputKeys.ROOT, () -> {
			Map<String, Instant> prefixes = new TreeMap<>();
			for (S3Object object : this.s3
				.listObjectsV2Paginator((request) -> request.bucket(this.properties.bucket()).prefix(OutputKeys.ROOT))
				.contents()) {
				OutputKeys.checksumPrefixOf(object.key())
					.ifPresent(
							(prefix) -> prefixes.merge(prefix, object.lastModified(), (a, b) -> a.isAfter(b) ? a : b));
			}
			return prefixes;
		});
	}

	/** Deletes every object under {@code prefix}. */
	public void deletePrefix(String prefix) {
		translated("could not delete " + prefix, () -> {
			for (S3Object object : this.s3
				.listObjectsV2Paginator((request) -> request.bucket(this.properties.bucket()).prefix(prefix))
				.contents()) {
				this.s3.deleteObject((request) -> request.bucket(this.properties.bucket()).key(object.key()));
			}
			return null;
		});
	}

	/**
	 * Checks that every bucket exists and answers within {@code timeout}; throws a
	 * {@link StorageException} saying what S3 said otherwise. For health checks, which
	 * must answer quickly even when the server hangs.
	 */
	public void checkBuckets(Duration timeout) {
		for (String bucket : buckets()) {
			translated("bucket " + bucket + " did not answer",
					() -> this.s3.headBucket((request) -> request.bucket(bucket)
						.overrideConfiguration((override) -> override.apiCallTimeout(timeout))));
		}
	}

	/**
	 * Creates the buckets that do not exist yet. Nodes starting together may race to
	 * create one: losing that race to another node with the same credentials is success.
	 */
	public void createBucketsIfMissing() {
		for (String bucket : buckets()) {
			translated("could not create bucket " + bucket, () -> {
				try {
					return this.s3.headBucket((request) -> request.bucket(bucket));
				}
				catch (NoSuchBucketException ex) {
					try {
						return this.s3.createBucket((request) -> request.bucket(bucket));
					}
					catch (BucketAlreadyOwnedByYouException raced) {
						return null;
					}
				}
			});
		}
	}

	private Set<String> buckets() {
		return new LinkedHashSet<>(List.of(this.properties.bucket(), this.properties.imagesBucket()));
	}

	private Optional<HeadObjectResponse> head(String bucket, String key) {
		return translated("could not look up " + key, () -> {
			try {
				return Optional.of(this.s3.headObject((request) -> request.bucket(bucket).key(key)));
			}
			catch (NoSuchKeyException ex) {
				return Optional.empty();
			}
			catch (S3Exception ex) {
				if (ex.statusCode() == 404) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	private static <T> T translated(String what, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw new StorageException(what + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * An SDK stream whose read failures are IOExceptions, as any stream's, not SDK
	 * exceptions.
	 */
	private static final class SdkFailuresAsIoExceptions extends FilterInputStream {

		SdkFailuresAsIoExceptions(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (SdkException ex) {
				throw new IOException(ex.getMessage(), ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (SdkException ex) {
				throw new IOException(ex.getMessage(), ex);
			}
		}

		@Override
		public void close() throws IOException {
			try {
				super.close();
			}
			catch (SdkException ex) {
				throw new IOException(ex.getMessage(), ex);
			}
		}

	}

}
