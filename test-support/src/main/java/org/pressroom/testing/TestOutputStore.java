package org.pressroom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StorageProperties;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Pressroom's {@link OutputStore} with what only tests and the local run's fixture
 * loading do: read an output whole, ask whether one exists, and store an image where APT
 * keeps it.
 */
public class TestOutputStore extends OutputStore {

	private final S3Client s3;

	private final StorageProperties properties;

	public TestOutputStore(S3Client s3, StorageProperties properties) {
		super(s3, properties);
		this.s3 = s3;
		this.properties = properties;
	}

	/** The whole output, or empty if there is none. */
	public Optional<byte[]> read(String key) {
		return open(key).map((object) -> {
			try (InputStream content = object.content()) {
				return content.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not read " + key, ex);
			}
		});
	}

	public boolean exists(String key) {
		try {
			this.s3.headObject(HeadObjectRequest.builder().bucket(this.properties.bucket()).key(key).build());
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Stores an image where APT keeps it; the objectKey must be one Pressroom accepts.
	 */
	public void putImage(int atbdId, String objectKey, byte[] content, String contentType) {
		String key = OutputKeys.image(atbdId, objectKey)
			.orElseThrow(() -> new IllegalArgumentException("objectKey refused: " + objectKey));
		putImageObject(key, content, contentType);
	}

	/**
	 * Stores an object at any key of the images bucket, e.g. where a refused objectKey
	 * would lead.
	 */
	public void putImageObject(String key, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.properties.imagesBucket()).key(key).contentType(contentType),
				RequestBody.fromBytes(content));
	}

}
