package org.pressroom.app.recovery;

import java.time.Duration;

/**
 * How big the fault tests run. CI runs them small enough to stay fast;
 * {@code -Dpressroom.faults.soak=true} runs the sizes of issue #5 (1,000 edits on 200
 * versions; 8 writers on 100 versions for 60 s), see {@code scripts/fault-figures}.
 */
final class FaultScale {

	static final boolean SOAK = Boolean.getBoolean("pressroom.faults.soak");

	static final int BACKLOG_VERSIONS = SOAK ? 200 : 40;

	static final int BACKLOG_EDITS = SOAK ? 1000 : 200;

	static final int WRITER_VERSIONS = SOAK ? 100 : 30;

	static final Duration WRITING = SOAK ? Duration.ofSeconds(60) : Duration.ofSeconds(10);

	static final int WRITERS = 8;

	/**
	 * At least this long; in CI as long as it takes the job to fail once and say it
	 * retries.
	 */
	static final Duration S3_OUTAGE = SOAK ? Duration.ofSeconds(60) : Duration.ZERO;

	private FaultScale() {
	}

}
