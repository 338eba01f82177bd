package org.pressroom.app.listening;

import org.pressroom.core.dispatch.Dispatcher;
import org.pressroom.core.notification.Notifier;
import org.pressroom.core.notification.Subscriber;

/**
 * The app node's dispatcher trigger: drains the change requests on every change
 * notification, after every (re)connect of the JVM's notifier and every poll interval.
 */
public class ChangeListener extends Subscriber {

	public ChangeListener(Notifier notifier, Dispatcher dispatcher, ListeningProperties properties) {
		super(notifier, ListeningProperties.CHANNEL, dispatcher::drain, properties.subscriber());
	}

}
