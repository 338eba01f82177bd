package org.pressroom.core.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize change requests claimed per query while draining
 * @param backlogScanInterval how often the recurring backlog scan runs (JobRunr's minimum
 * is 5 s)
 */
@ConfigurationProperties("pressroom.dispatch")
public record DispatchProperties(@DefaultValue(DEFAULT_BATCH_SIZE) int batchSize,
		@DefaultValue(DEFAULT_BACKLOG_SCAN_INTERVAL) Duration backlogScanInterval) {

	public static final String DEFAULT_BATCH_SIZE = "100";

	public static final String DEFAULT_BACKLOG_SCAN_INTERVAL = "1m";

	public DispatchProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("pressroom.dispatch.batch-size must be at least 1");
		}
		if (backlogScanInterval.compareTo(Duration.ofSeconds(5)) < 0) {
			throw new IllegalArgumentException("pressroom.dispatch.backlog-scan-interval must be at least 5s");
		}
	}

}
