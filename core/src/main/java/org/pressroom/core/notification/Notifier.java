package org.pressroom.core.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one LISTEN connection of a JVM, shared by all its {@link Subscriber}s (River's
 * notifier): it LISTENs on the channels of the subscribers that listen, hands every
 * notification to the subscribers of its channel, and wakes every subscriber after each
 * (re)connect, since notifications sent while disconnected are lost. The connection is
 * its own, not the pool's, since LISTEN belongs to a session; a lost one is retried with
 * exponential backoff, forever. It only receives: subscribers do their work on threads of
 * their own and keep their errors, so a failing subscriber costs neither the connection
 * nor the other subscribers their wake-ups. Without subscribers it holds no connection;
 * with only poll-only ones (a transaction-mode pooler) it holds one to report the
 * database's health.
 */
public class Notifier implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	/**
	 * How long one wait for notifications blocks, bounding how long a new subscriber or
	 * stop() waits.
	 */
	private static final int WAIT_SLICE_MILLIS = 250;

	/**
	 * How often a connection that LISTENs on nothing is checked, since only reading would
	 * notice its loss.
	 */
	private static final long VALIDATION_INTERVAL_NANOS = 2_000_000_000L;

	private final JdbcConnectionDetails database;

	private final NotifierProperties properties;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final Object changes = new Object();

	private volatile boolean running;

	private volatile boolean connected;

	private volatile String lastError;

	private Thread thread;

	public Notifier(JdbcConnectionDetails database, NotifierProperties properties) {
		this.database = database;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::run, "pressroom-notifier");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			join(this.thread);
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Whether it holds its connection now, with LISTEN done on every listening
	 * subscriber's channel.
	 */
	public boolean isConnected() {
		return this.connected;
	}

	/** Why the connection was last lost or refused, or null if it never was. */
	public String lastError() {
		return this.lastError;
	}

	void subscribe(Subscriber subscriber) {
		this.subscribers.add(subscriber);
		changed();
	}

	void unsubscribe(Subscriber subscriber) {
		this.subscribers.remove(subscriber);
		changed();
	}

	private void changed() {
		synchronized (this.changes) {
			this.changes.notifyAll();
		}
	}

	private void run() {
		ExponentialBackOff policy = new ExponentialBackOff(this.properties.reconnectInitialDelay().toMillis(), 2.0);
		policy.setMaxInterval(this.properties.reconnectMaxDelay().toMillis());
		BackOffExecution backOff = policy.start();
		while (this.running) {
			if (this.subscribers.isEmpty()) {
				awaitChange(WAIT_SLICE_MILLIS);
				continue;
			}
			try (Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(),
					this.database.getUsername(), this.database.getPassword())) {
				receive(connection);
			}
			catch (SQLException | RuntimeException ex) {
				boolean lost = this.connected;
				this.connected = false;
				this.lastError = ex.toString();
				if (lost) {
					// an established connection: the backoff starts over from its initial
					// delay
					backOff = policy.start();
				}
				if (this.running) {
					long delay = backOff.nextBackOff();
					log.warn("{} the notification connection, retrying in {} ms: {}", lost ? "Lost" : "No", delay,
							ex.toString());
					sleep(delay);
				}
			}
		}
		this.connected = false;
	}

	/**
	 * LISTENs, wakes everyone, then hands notifications on until stopped, left alone or
	 * disconnected.
	 */
	private void receive(Connection connection) throws SQLException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		Set<String> listening = new HashSet<>();
		listen(connection, listening);
		// before "connected": whoever sees it connected may count on this wake-up having
		// happened
		this.subscribers.forEach(Subscriber::wake);
		this.connected = true;
		log.info("Notifications connected: {}", describe(listening));
		long validated = System.nanoTime();
		while (this.running && !this.subscribers.isEmpty()) {
			if (listen(connection, listening)) {
				log.info("Notifications now: {}", describe(listening));
			}
			if (listening.isEmpty()) {
				awaitChange(WAIT_SLICE_MILLIS);
				if (System.nanoTime() - validated > VALIDATION_INTERVAL_NANOS) {
					if (!connection.isValid(5)) {
						throw new SQLException("connection no longer valid");
					}
					validated = System.nanoTime();
				}
				continue;
			}
			PGNotification[] notifications = pg.getNotifications(WAIT_SLICE_MILLIS);
			if (notifications != null) {
				deliver(notifications);
			}
		}
		this.connected = false;
	}

	/**
	 * Brings the session's LISTENs in line with the subscribers; returns whether it
	 * changed any.
	 */
	private boolean listen(Connection connection, Set<String> listening) throws SQLException {
		Set<String> wanted = new HashSet<>();
		for (Subscriber subscriber : this.subscribers) {
			if (subscriber.listens()) {
				wanted.add(subscriber.channel());
			}
		}
		if (wanted.equals(listening)) {
			return false;
		}
		try (Statement statement = connection.createStatement()) {
			for (String channel : wanted) {
				if (!listening.contains(channel)) {
					statement.execute("LISTEN " + channel);
				}
			}
			for (String channel : listening) {
				if (!wanted.contains(channel)) {
					statement.execute("UNLISTEN " + channel);
				}
			}
		}
		listening.clear();
		listening.addAll(wanted);
		return true;
	}

	/** Every notification queued so far, so that a burst wakes each subscriber once. */
	private void deliver(PGNotification[] notifications) {
		Set<String> channels = new HashSet<>();
		for (PGNotification notification : notifications) {
			channels.add(notification.getName());
		}
		for (Subscriber subscriber : this.subscribers) {
			if (channels.contains(subscriber.channel())) {
				subscriber.wake();
			}
		}
	}

	private String describe(Set<String> listening) {
		return listening.isEmpty() ? "poll only" : "LISTEN " + String.join(", ", listening.stream().sorted().toList());
	}

	private void awaitChange(long millis) {
		synchronized (this.changes) {
			try {
				this.changes.wait(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
		}
	}

	private void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	static void join(Thread thread) {
		try {
			thread.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
