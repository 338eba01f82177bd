package org.pressroom.core.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How renders are admitted to JobRunr and retried (docs/admission.md).
 *
 * @param interactiveShare the share of the live workers' render slots (rounded down) that
 * bulk work leaves free, so that an editor's render starts at once
 * @param interactiveWindow a change dispatched later than this after it was made counts
 * as bulk: nobody waits at the screen for it any more (the drain after downtime)
 * @param maxAttempts render attempts before an infrastructure failure (S3 or the database
 * away) is final
 * @param retryDelaySeed attempt n that failed waits seed^n seconds before the next (3: 3
 * s, 9 s, 27 s, ...)
 * @param timeoutAttempts attempts that ran out of time before a render fails for good:
 * one timeout may be an overloaded worker, several are the document
 * @param lostAfter an admitted render that never started for this long lost its JobRunr
 * job and is admitted again
 */
@ConfigurationProperties("pressroom.admission")
public record AdmissionProperties(@DefaultValue(DEFAULT_INTERACTIVE_SHARE) double interactiveShare,
		@DefaultValue(DEFAULT_INTERACTIVE_WINDOW) Duration interactiveWindow,
		@DefaultValue(DEFAULT_MAX_ATTEMPTS) int maxAttempts, @DefaultValue(DEFAULT_RETRY_DELAY_SEED) int retryDelaySeed,
		@DefaultValue(DEFAULT_TIMEOUT_ATTEMPTS) int timeoutAttempts,
		@DefaultValue(DEFAULT_LOST_AFTER) Duration lostAfter) {

	public static final String DEFAULT_INTERACTIVE_SHARE = "0.25";

	public static final String DEFAULT_INTERACTIVE_WINDOW = "1m";

	/** One attempt and JobRunr's ten retries of before. */
	public static final String DEFAULT_MAX_ATTEMPTS = "11";

	/** JobRunr's own backoff seed. */
	public static final String DEFAULT_RETRY_DELAY_SEED = "3";

	public static final String DEFAULT_TIMEOUT_ATTEMPTS = "3";

	public static final String DEFAULT_LOST_AFTER = "10m";

	public AdmissionProperties {
		if (interactiveShare < 0 || interactiveShare >= 1) {
			throw new IllegalArgumentException("pressroom.admission.interactive-share must be at least 0 and below 1");
		}
		if (maxAttempts < 1 || timeoutAttempts < 1) {
			throw new IllegalArgumentException(
					"pressroom.admission.max-attempts and timeout-attempts must be at least 1");
		}
		if (retryDelaySeed < 1) {
			throw new IllegalArgumentException("pressroom.admission.retry-delay-seed must be at least 1");
		}
	}

	/** How long to wait after the {@code attempts}-th attempt failed. */
	public Duration retryDelay(int attempts) {
		return Duration.ofSeconds((long) Math.pow(this.retryDelaySeed, Math.max(1, attempts)));
	}

	/** Slots bulk work leaves to editors out of {@code slots}. */
	int reservedSlots(int slots) {
		return (int) Math.floor(slots * this.interactiveShare);
	}

}
