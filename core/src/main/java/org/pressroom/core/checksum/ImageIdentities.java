package org.pressroom.core.checksum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dispatcher's memory of image identities (ATBD and objectKey to the stored ETag, or
 * "missing"), so that an editor saving a document with many images again does not HEAD
 * every image again (issue #11: a document with 20,000 distinct keys held the dispatcher
 * for 25 s). At most {@value #MAX_ENTRIES} entries, least recently used first out, each
 * trusted for {@value #TTL_MINUTES} minutes. A stale entry costs nothing but a second
 * read: the worker reads every image identity afresh before it renders and re-dispatches
 * the version if the checksum came out different.
 */
final class ImageIdentities {

	static final int MAX_ENTRIES = 20_000;

	static final long TTL_MINUTES = 10;

	private final Clock clock;

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

	ImageIdentities(Clock clock) {
		this.clock = clock;
	}

	/** The cached identity of the image, or what {@code lookup} says (then cached). */
	String get(int atbdId, String objectKey, Supplier<String> lookup) {
		String key = atbdId + "/" + objectKey;
		Instant now = this.clock.instant();
		Optional<String> cached = cached(key, now);
		if (cached.isPresent()) {
			return cached.get();
		}
		String identity = lookup.get();
		put(key, identity, now);
		return identity;
	}

	private synchronized Optional<String> cached(String key, Instant now) {
		Entry entry = this.entries.get(key);
		if (entry == null || entry.readAt().plus(Duration.ofMinutes(TTL_MINUTES)).isBefore(now)) {
			return Optional.empty();
		}
		return Optional.of(entry.identity());
	}

	private synchronized void put(String key, String identity, Instant now) {
		this.entries.put(key, new Entry(identity, now));
		while (this.entries.size() > MAX_ENTRIES) {
			this.entries.remove(this.entries.keySet().iterator().next());
		}
	}

	synchronized int size() {
		return this.entries.size();
	}

	private record Entry(String identity, Instant readAt) {
	}

}
