package org.pressroom.core.output;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param gracePeriod outputs younger than this are never collected, so a render still
 * uploading is left alone
 * @param interval how often the recurring collection runs
 * @param dryRun report what would be deleted, delete nothing
 */
@ConfigurationProperties("pressroom.gc")
public record GarbageProperties(@DefaultValue(DEFAULT_GRACE_PERIOD) Duration gracePeriod,
		@DefaultValue(DEFAULT_INTERVAL) Duration interval, @DefaultValue("false") boolean dryRun) {

	public static final String DEFAULT_GRACE_PERIOD = "24h";

	public static final String DEFAULT_INTERVAL = "1h";

	public GarbageProperties {
		if (gracePeriod.isNegative()) {
			throw new IllegalArgumentException("pressroom.gc.grace-period must not be negative");
		}
		if (interval.compareTo(Duration.ofSeconds(5)) < 0) {
			throw new IllegalArgumentException("pressroom.gc.interval must be at least 5s");
		}
	}

}
