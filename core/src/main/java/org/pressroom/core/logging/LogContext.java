package org.pressroom.core.logging;

import org.pressroom.core.document.VersionKey;
import org.slf4j.MDC;

/**
 * Puts the version a thread works on into the logging MDC, so that every log line of a
 * dispatch or a render carries {@value #ATBD_ID}, {@value #ATBD_MAJOR} and, once known,
 * {@value #CHECKSUM}: structured logs ({@code logging.structured.format.console=ecs} or
 * {@code logstash}) write them as fields. Use in try-with-resources; closing restores
 * what was there before, so contexts nest.
 */
public final class LogContext implements AutoCloseable {

	public static final String ATBD_ID = "atbd.id";

	public static final String ATBD_MAJOR = "atbd.major";

	public static final String CHECKSUM = "atbd.checksum";

	private static final String[] KEYS = { ATBD_ID, ATBD_MAJOR, CHECKSUM };

	private final String[] previous = new String[KEYS.length];

	private LogContext() {
		for (int i = 0; i < KEYS.length; i++) {
			this.previous[i] = MDC.get(KEYS[i]);
		}
	}

	public static LogContext of(VersionKey key) {
		LogContext context = new LogContext();
		MDC.put(ATBD_ID, Integer.toString(key.atbdId()));
		MDC.put(ATBD_MAJOR, Integer.toString(key.major()));
		MDC.remove(CHECKSUM);
		return context;
	}

	public static LogContext of(VersionKey key, String checksum) {
		return of(key).checksum(checksum);
	}

	/** Adds the checksum once it is computed. */
	public LogContext checksum(String checksum) {
		MDC.put(CHECKSUM, checksum);
		return this;
	}

	@Override
	public void close() {
		for (int i = 0; i < KEYS.length; i++) {
			if (this.previous[i] == null) {
				MDC.remove(KEYS[i]);
			}
			else {
				MDC.put(KEYS[i], this.previous[i]);
			}
		}
	}

}
