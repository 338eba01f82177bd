package org.pressroom.app.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StorageException;
import org.pressroom.core.output.StoredObject;
import org.springframework.stereotype.Component;

/**
 * Outputs for readers, from memory when this node served them before, else from S3. An
 * output key holds its checksum, so a kept copy can never be outdated: it saves a round
 * trip, and while S3 is out of reach readers of those outputs keep getting them.
 */
@Component
class ServedOutputs {

	private final OutputStore store;

	private final Cache<String, byte[]> kept;

	private final long maxEntry;

	ServedOutputs(OutputStore store, ApiProperties properties) {
		this.store = store;
		this.maxEntry = Math.min(properties.outputCacheMaxEntry().toBytes(), Integer.MAX_VALUE - 8);
		this.kept = Caffeine.newBuilder()
			.maximumWeight(properties.outputCacheSize().toBytes())
			.<String, byte[]>weigher((key, content) -> content.length)
			.build();
	}

	/**
	 * The output's content and length; empty when S3 has no such object. S3 failures are
	 * StorageExceptions.
	 */
	Optional<StoredObject> open(String key) {
		byte[] content = this.kept.getIfPresent(key);
		if (content != null) {
			return Optional.of(inMemory(content));
		}
		Optional<StoredObject> object = this.store.open(key);
		if (object.isEmpty() || object.get().length() > this.maxEntry) {
			return object;
		}
		try (InputStream stream = object.get().content()) {
			content = stream.readAllBytes();
		}
		catch (IOException ex) {
			// A storage failure like any other: StorageErrors answers 503.
			throw new StorageException("could not read " + key, ex);
		}
		this.kept.put(key, content);
		return Optional.of(inMemory(content));
	}

	private static StoredObject inMemory(byte[] content) {
		return new StoredObject(new ByteArrayInputStream(content), content.length, null, null);
	}

}
