package org.pressroom.core;

import java.time.Clock;

import org.pressroom.core.checksum.ChecksumProperties;
import org.pressroom.core.dispatch.AdmissionProperties;
import org.pressroom.core.dispatch.DispatchProperties;
import org.pressroom.core.output.GarbageProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** What app and worker share; both import it. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties({ DispatchProperties.class, AdmissionProperties.class, ChecksumProperties.class,
		GarbageProperties.class })
public class PressroomCoreConfig {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
