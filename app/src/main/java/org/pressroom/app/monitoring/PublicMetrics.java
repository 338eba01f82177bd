package org.pressroom.app.monitoring;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /actuator/prometheus} may tell anyone: it is public on the app's API port
 * (Prometheus scrapes it without credentials), so it names no file system path and no
 * exception class. Boot's disk-space meters ({@code disk_free_bytes{path=...}}) go, and
 * so does every meter's exception tag; the outcome and status tags still say how requests
 * end. Everything else is numbers about Pressroom, the JVM and the pools.
 */
@Configuration(proxyBeanMethods = false)
class PublicMetrics {

	@Bean
	MeterFilter noFileSystemPaths() {
		return MeterFilter.denyNameStartsWith("disk.");
	}

	/**
	 * Boot's HTTP meters call it {@code error} (and {@code exception} before 4.0), Spring
	 * Security's {@code error}.
	 */
	@Bean
	MeterFilter noExceptionClasses() {
		return MeterFilter.ignoreTags("exception", "error");
	}

}
