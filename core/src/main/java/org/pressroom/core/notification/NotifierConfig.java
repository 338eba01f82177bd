package org.pressroom.core.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One notifier per context, hence per JVM: app and worker in one JVM share its
 * connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifierProperties.class)
class NotifierConfig {

	@Bean
	Notifier notifier(JdbcConnectionDetails database, NotifierProperties properties) {
		return new Notifier(database, properties);
	}

}
