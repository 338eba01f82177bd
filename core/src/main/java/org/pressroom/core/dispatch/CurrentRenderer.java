package org.pressroom.core.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The renderer version dispatchers put into checksums, as workers recorded it
 * ({@link RenderWorkerRepository}). The version follows what renders (the worker's code,
 * templates and tables, and its TeX toolchain), and only a worker can see those, so the
 * app node reads it from the database like every other dispatcher; both then compute the
 * same checksum for the same content. Read at most every {@value #MAX_AGE_MILLIS} ms.
 * Empty until a worker has started once: until then change requests wait.
 */
@Component
public class CurrentRenderer {

	static final long MAX_AGE_MILLIS = 1000;

	private final RenderWorkerRepository workers;

	private final Clock clock;

	private Optional<String> version = Optional.empty();

	private Instant readAt;

	public CurrentRenderer(RenderWorkerRepository workers, Clock clock) {
		this.workers = workers;
		this.clock = clock;
	}

	public synchronized Optional<String> version() {
		Instant now = this.clock.instant();
		if (this.readAt == null || this.version.isEmpty()
				|| Duration.between(this.readAt, now).toMillis() >= MAX_AGE_MILLIS) {
			this.version = this.workers.currentRenderer();
			this.readAt = now;
		}
		return this.version;
	}

}
