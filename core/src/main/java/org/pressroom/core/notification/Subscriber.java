package org.pressroom.core.notification;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@code action} whenever there may be work: at start, whenever the {@link Notifier}
 * passes on a notification on {@code channel} or has (re)connected, and at least every
 * poll interval, so that a lost notification only delays work. Wake-ups that arrive while
 * the action runs fold into one more run. The action runs on this subscriber's own
 * thread, and its failures stay here (River's notifier leaves them to the subscriber):
 * logged, kept for the health check, retried at the next wake-up; the shared connection
 * is untouched.
 */
public class Subscriber implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

	private final Notifier notifier;

	private final String channel;

	private final Runnable action;

	private final SubscriberProperties properties;

	private final Object wakeUpLock = new Object();

	private boolean woken;

	private final AtomicLong wakeUps = new AtomicLong();

	private volatile boolean running;

	/** Why the last run of the action failed, or null if it succeeded (or never ran). */
	private volatile String lastError;

	private Thread thread;

	public Subscriber(Notifier notifier, String channel, Runnable action, SubscriberProperties properties) {
		if (!channel.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a plain channel name: " + channel);
		}
		this.notifier = notifier;
		this.channel = channel;
		this.action = action;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.woken = true;
		this.thread = new Thread(this::loop, "pressroom-" + this.channel);
		this.thread.setDaemon(true);
		this.thread.start();
		this.notifier.subscribe(this);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.notifier.unsubscribe(this);
		if (this.thread != null) {
			this.thread.interrupt();
			Notifier.join(this.thread);
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The channel this subscriber is woken on. */
	public String channel() {
		return this.channel;
	}

	/** Whether the notifier LISTENs on its channel for it; false in poll-only mode. */
	public boolean listens() {
		return this.properties.listen();
	}

	/**
	 * Whether the JVM's notification connection is up, so that a notification wakes this
	 * subscriber at once.
	 */
	public boolean isConnected() {
		return this.notifier.isConnected();
	}

	/**
	 * Why the last run of the action failed, else why the notification connection was
	 * last lost, else null.
	 */
	public String lastError() {
		String own = this.lastError;
		return own != null ? own : this.notifier.lastError();
	}

	/** Whether the last run of the action failed. */
	public boolean isFailing() {
		return this.lastError != null;
	}

	/** Asks for one more run of the action, soon. */
	void wake() {
		this.wakeUps.incrementAndGet();
		synchronized (this.wakeUpLock) {
			this.woken = true;
			this.wakeUpLock.notifyAll();
		}
	}

	/**
	 * How often the notifier woke it: once per (re)connect and per delivery of
	 * notifications on its channel.
	 */
	long wakeUps() {
		return this.wakeUps.get();
	}

	private void loop() {
		while (this.running) {
			awaitWakeUp();
			if (this.running) {
				runAction();
			}
		}
	}

	private void awaitWakeUp() {
		long deadline = System.nanoTime() + this.properties.pollInterval().toNanos();
		synchronized (this.wakeUpLock) {
			long left;
			while (!this.woken && this.running && (left = deadline - System.nanoTime()) > 0) {
				try {
					this.wakeUpLock.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			this.woken = false;
		}
	}

	private void runAction() {
		try {
			this.action.run();
			if (this.lastError != null) {
				log.info("{} works again", this.channel);
				this.lastError = null;
			}
		}
		catch (RuntimeException ex) {
			String error = ex.toString();
			// once per streak of the same failure: a database outage would otherwise log
			// every poll interval
			if (!error.equals(this.lastError)) {
				log.warn("{} failed, retrying at the next wake-up: {}", this.channel, error);
			}
			else {
				log.debug("{} still failing: {}", this.channel, error);
			}
			this.lastError = error;
		}
	}

}
