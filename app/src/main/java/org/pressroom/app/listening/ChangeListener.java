package org.pressroom.app.listening;

import org.pressroom.core.dispatch.Dispatcher;
import org.pressroom.core.notification.NotificationLoop;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The app node's dispatcher trigger: drains the change requests on every change notification, after every
 * (re)connect and every poll interval.
 */
public class ChangeListener extends NotificationLoop {

	public ChangeListener(JdbcConnectionDetails database, Dispatcher dispatcher, ListeningProperties properties) {
		super(ListeningProperties.CHANNEL, dispatcher::drain, database, properties.notification());
	}

}
