package org.pressroom.app.listening;

import org.pressroom.core.dispatch.Dispatcher;
import org.pressroom.core.notification.NotificationHealthIndicator;
import org.pressroom.core.notification.Notifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListeningProperties.class)
class ListeningConfig {

	@Bean
	@ConditionalOnBooleanProperty(name = "pressroom.listening.enabled", matchIfMissing = true)
	ChangeListener changeListener(Notifier notifier, Dispatcher dispatcher, ListeningProperties properties) {
		return new ChangeListener(notifier, dispatcher, properties);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "pressroom.listening.enabled", matchIfMissing = true)
	StartupScan startupScan(Dispatcher dispatcher) {
		return new StartupScan(dispatcher);
	}

	/** Health contributor {@code changeListener}, in the app's readiness group. */
	@Bean
	@ConditionalOnBooleanProperty(name = "pressroom.listening.enabled", matchIfMissing = true)
	NotificationHealthIndicator changeListenerHealthIndicator(ChangeListener changeListener) {
		return new NotificationHealthIndicator(changeListener);
	}

}
