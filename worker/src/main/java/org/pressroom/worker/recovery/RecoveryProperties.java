package org.pressroom.worker.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param checkInterval how often the watchdog looks at JobRunr's background server */
@ConfigurationProperties("pressroom.recovery")
public record RecoveryProperties(@DefaultValue(DEFAULT_CHECK_INTERVAL) Duration checkInterval) {

	public static final String DEFAULT_CHECK_INTERVAL = "5s";

}
