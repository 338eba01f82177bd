package org.pressroom.core.output;

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

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and writes Pressroom's objects. A single PUT is atomic in S3: readers see the old object or the whole new
 * one, never a part, so outputs need no temporary keys; status.json is written after the outputs it lists.
 */
public class OutputStore {

	private final S3Client s3;

	private final StorageProperties properties;

	public OutputStore(S3Client s3, StorageProperties properties) {
		this.s3 = s3;
		this.properties = properties;
	}

	public void put(String key, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.properties.bucket()).key(key).contentType(contentType),
				RequestBody.fromBytes(content));
	}

	public void put(String key, Path file, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.properties.bucket()).key(key).contentType(contentType),
				RequestBody.fromFile(file));
	}

	/** Opens an output for streaming, or empty if there is none. */
	public Optional<StoredObject> open(String key) {
		try {
			ResponseInputStream<GetObjectResponse> stream = this.s3
				.getObject((request) -> request.bucket(this.properties.bucket()).key(key));
			GetObjectResponse response = stream.response();
			return Optional.of(new StoredObject(stream, response.contentLength(), response.contentType(),
					response.eTag()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	public Optional<byte[]> read(String key) {
		return open(key).map((object) -> {
			try (InputStream content = object.content()) {
				return content.readAllBytes();
			}
			catch (IOException ex) {
				throw new StorageException("could not read " + key, ex);
			}
		});
	}

	public boolean exists(String key) {
		return head(this.properties.bucket(), key).isPresent();
	}

	/** The ETag of an image APT stores for an ATBD, or empty if there is no such image. */
	public Optional<String> imageVersion(int atbdId, String objectKey) {
		return aptObjectVersion(OutputKeys.image(atbdId, objectKey));
	}

	/**
	 * The ETag of an object in APT's bucket (the images bucket), such as a PDF upload at its
	 * {@code pdf_uploads.file_path}, or empty if there is none.
	 */
	public Optional<String> aptObjectVersion(String key) {
		return head(this.properties.imagesBucket(), key).map(HeadObjectResponse::eTag);
	}

	/**
	 * Downloads an image into {@code target} if it exists and is at most {@code maxBytes} long.
	 * @return whether the image is now at {@code target}
	 */
	public boolean downloadImage(int atbdId, String objectKey, Path target, long maxBytes) {
		return downloadAptObject(OutputKeys.image(atbdId, objectKey), target, maxBytes);
	}

	/**
	 * Downloads an object of APT's bucket into {@code target} if it exists and is at most {@code maxBytes} long.
	 * @return whether the object is now at {@code target}
	 */
	public boolean downloadAptObject(String key, Path target, long maxBytes) {
		Optional<HeadObjectResponse> head = head(this.properties.imagesBucket(), key);
		if (head.isEmpty() || head.get().contentLength() > maxBytes) {
			return false;
		}
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
	}

	/** Stores an image where APT keeps it; used by fixture loading and tests. */
	public void putImage(int atbdId, String objectKey, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.properties.imagesBucket())
			.key(OutputKeys.image(atbdId, objectKey))
			.contentType(contentType), RequestBody.fromBytes(content));
	}

	/**
	 * Every checksum folder under {@code atbds/} ({@code atbds/{id}/v{major}/{checksum}/}) with the time its
	 * newest object was written.
	 */
	public Map<String, Instant> checksumPrefixes() {
		Map<String, Instant> prefixes = new TreeMap<>();
		for (S3Object object : this.s3
			.listObjectsV2Paginator((request) -> request.bucket(this.properties.bucket()).prefix(OutputKeys.ROOT))
			.contents()) {
			OutputKeys.checksumPrefixOf(object.key())
				.ifPresent((prefix) -> prefixes.merge(prefix, object.lastModified(),
						(a, b) -> a.isAfter(b) ? a : b));
		}
		return prefixes;
	}

	/** Deletes every object under {@code prefix}. */
	public void deletePrefix(String prefix) {
		for (S3Object object : this.s3
			.listObjectsV2Paginator((request) -> request.bucket(this.properties.bucket()).prefix(prefix))
			.contents()) {
			this.s3.deleteObject((request) -> request.bucket(this.properties.bucket()).key(object.key()));
		}
	}

	/**
	 * Checks that every bucket exists and answers within {@code timeout}; throws what S3 said otherwise. For health
	 * checks, which must answer quickly even when the server hangs.
	 */
	public void checkBuckets(Duration timeout) {
		for (String bucket : buckets()) {
			this.s3.headBucket((request) -> request.bucket(bucket)
				.overrideConfiguration((override) -> override.apiCallTimeout(timeout)));
		}
	}

	/** Creates the buckets that do not exist yet. */
	public void createBucketsIfMissing() {
		for (String bucket : buckets()) {
			try {
				this.s3.headBucket((request) -> request.bucket(bucket));
			}
			catch (NoSuchBucketException ex) {
				this.s3.createBucket((request) -> request.bucket(bucket));
			}
		}
	}

	private Set<String> buckets() {
		return new LinkedHashSet<>(List.of(this.properties.bucket(), this.properties.imagesBucket()));
	}

	private Optional<HeadObjectResponse> head(String bucket, String key) {
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
	}

}
