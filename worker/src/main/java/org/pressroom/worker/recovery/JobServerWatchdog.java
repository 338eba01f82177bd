package org.pressroom.worker.recovery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Restarts JobRunr's background server when it stopped without being asked to. JobRunr
 * stops it when a heartbeat fails (a database outage or restart) and never starts it
 * again, so a worker would sit idle until someone restarted the process. Every
 * {@code checkInterval} this checks the server and, once {@code SELECT 1} succeeds,
 * starts it. Jobs that were running when the server stopped are rescued by JobRunr's
 * orphan detection on any server, as after a crash.
 */
public class JobServerWatchdog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);

	private final BackgroundJobServer server;

	private final JdbcClient jdbc;

	private final Duration checkInterval;

	private ScheduledExecutorService scheduler;

	private volatile int restarts;

	public JobServerWatchdog(BackgroundJobServer server, JdbcClient jdbc, Duration checkInterval) {
		this.server = server;
		this.jdbc = jdbc;
		this.checkInterval = checkInterval;
	}

	/** How often this watchdog restarted the server. */
	public int restarts() {
		return this.restarts;
	}

	void check() {
		if (this.server.isRunning() || !databaseAnswers()) {
			return;
		}
		log.warn("JobRunr's background server had stopped; the database answers again, so it starts again");
		this.server.start();
		this.restarts++;
	}

	private boolean databaseAnswers() {
		try {
			this.jdbc.sql("SELECT 1").query(Integer.class).single();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Override
	public synchronized void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "pressroom-job-server-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.checkInterval.toMillis();
		this.scheduler.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void checkSafely() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.warn("Could not restart JobRunr's background server: {}", ex.toString());
		}
	}

	/**
	 * Stops watching before the context stops the server on purpose (this bean stops
	 * first).
	 */
	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
