package org.pressroom.core.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Runs {@code action} whenever there may be work: after every (re)connect (notifications sent while disconnected
 * are lost), on every notification on {@code channel}, and at least every poll interval. The connection is its own,
 * not the pool's, since LISTEN belongs to a session; a lost connection is retried with exponential backoff,
 * forever. With {@code listen} off it only polls, for transaction-mode poolers where LISTEN does not work.
 */
public class NotificationLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationLoop.class);

	/** How long one wait for notifications blocks, bounding how long stop() takes. */
	private static final int WAIT_SLICE_MILLIS = 250;

	private final String channel;

	private final Runnable action;

	private final JdbcConnectionDetails database;

	private final NotificationProperties properties;

	private volatile boolean running;

	/** Whether the loop holds its connection (LISTEN done, or valid in poll-only mode); read by health checks. */
	private volatile boolean connected;

	/** Why the connection was last lost, or null. */
	private volatile String lastError;

	private Thread thread;

	public NotificationLoop(String channel, Runnable action, JdbcConnectionDetails database,
			NotificationProperties properties) {
		this.channel = channel;
		this.action = action;
		this.database = database;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::loop, "pressroom-" + this.channel);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The channel this loop waits on. */
	public String channel() {
		return this.channel;
	}

	/** Whether the loop is connected now, so that it drains at once when notified. */
	public boolean isConnected() {
		return this.connected;
	}

	/** Why the connection or the action last failed, or null if it never did. */
	public String lastError() {
		return this.lastError;
	}

	private void loop() {
		ExponentialBackOff policy = new ExponentialBackOff(this.properties.reconnectInitialDelay().toMillis(), 2.0);
		policy.setMaxInterval(this.properties.reconnectMaxDelay().toMillis());
		BackOffExecution backOff = policy.start();
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(),
					this.database.getUsername(), this.database.getPassword())) {
				if (this.properties.listen()) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("LISTEN " + this.channel);
					}
				}
				backOff = policy.start();
				this.connected = true;
				log.info("Waiting for {} ({})", this.channel, this.properties.listen() ? "LISTEN and poll" : "poll only");
				runAndWait(connection);
				this.connected = false;
			}
			catch (SQLException | RuntimeException ex) {
				this.connected = false;
				this.lastError = ex.toString();
				if (this.running) {
					long delay = backOff.nextBackOff();
					log.warn("Lost the {} connection or its action failed, retrying in {} ms: {}", this.channel, delay,
							ex.toString());
					sleep(delay);
				}
			}
		}
	}

	private void runAndWait(Connection connection) throws SQLException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		Duration poll = this.properties.pollInterval();
		while (this.running) {
			this.action.run();
			long deadline = System.nanoTime() + poll.toNanos();
			boolean notified = false;
			while (this.running && !notified && System.nanoTime() < deadline) {
				if (this.properties.listen()) {
					// Drains every notification queued so far: a burst becomes one run of the action.
					PGNotification[] notifications = pg.getNotifications(WAIT_SLICE_MILLIS);
					notified = notifications != null && notifications.length > 0;
				}
				else {
					sleep(WAIT_SLICE_MILLIS);
				}
			}
			if (!this.properties.listen() && !connection.isValid(5)) {
				throw new SQLException("connection no longer valid");
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

}
