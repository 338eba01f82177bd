package org.pressroom.worker.recovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.worker.render.LocalRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

/**
 * This worker's liveness, as every node can see it: a session-level advisory lock
 * ({@link RenderWorkerRepository#LOCK_CLASS}, a lock id of its own) held on a connection
 * of its own, not the pool's, for as long as the JVM lives. PostgreSQL releases it the
 * moment that session ends, which for a killed JVM is at once (the kernel closes its
 * socket), so {@link RenderTakeover} on another worker re-runs its renders within seconds
 * instead of after JobRunr's orphan detection (4 × the 5 s poll; issue #11). Behind a
 * machine that vanishes without closing its sockets, PostgreSQL's
 * {@code tcp_keepalives_*} settings bound how long the lock outlives it. The connection
 * needs a session: with a transaction-mode pooler, point workers at PostgreSQL itself.
 *
 * <p>
 * Starts before JobRunr's server (which starts once the application is ready): it
 * registers this worker's renderer version and render slots first, so that no render of
 * this worker is ever seen without its worker. A new renderer version starts a backlog
 * scan: every version renders again, as bulk work. A lost connection is reconnected every
 * {@value #RECONNECT_MILLIS} ms and the lock taken again.
 */
public class WorkerLiveness implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkerLiveness.class);

	static final long RECONNECT_MILLIS = 500;

	private final LocalRenderer renderer;

	private final JdbcConnectionDetails database;

	private final RenderWorkerRepository workers;

	private final JobEnqueuer jobs;

	private final BackgroundJobServer server;

	private final int slots;

	private final Clock clock;

	private volatile boolean running;

	private volatile boolean holdsLock;

	/**
	 * Whether stop() stopped JobRunr's server, which start() then starts again (a context
	 * paused and resumed).
	 */
	private boolean stoppedServer;

	private int lockId;

	private Connection connection;

	private Thread thread;

	public WorkerLiveness(LocalRenderer renderer, JdbcConnectionDetails database, RenderWorkerRepository workers,
			JobEnqueuer jobs, BackgroundJobServer server, Clock clock) {
		this.renderer = renderer;
		this.database = database;
		this.workers = workers;
		this.jobs = jobs;
		this.server = server;
		this.slots = server.getServerStatus().getWorkerPoolSize();
		this.clock = clock;
	}

	/** The id this worker is registered under. */
	public UUID workerId() {
		return this.renderer.workerId();
	}

	/**
	 * Whether this worker holds its liveness lock now (false while its connection is
	 * lost).
	 */
	public boolean holdsLock() {
		return this.holdsLock;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.lockId = this.workers.nextLockId();
		if (this.workers.registerRenderer(this.renderer.version(), this.renderer.codeDigest(),
				this.renderer.texVersion(), this.clock.instant())) {
			log.info("New renderer version {}: every version renders again, as bulk work",
					this.renderer.version().substring(0, 12));
			this.jobs.enqueueBacklogScan();
		}
		try {
			lock();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take this worker's liveness lock", ex);
		}
		this.running = true;
		this.thread = new Thread(this::keepAlive, "pressroom-worker-liveness");
		this.thread.setDaemon(true);
		this.thread.start();
		if (this.stoppedServer) {
			this.stoppedServer = false;
			this.server.start();
		}
	}

	/**
	 * Lets JobRunr's server finish (or interrupt, which re-queues) this worker's renders
	 * first, then lets go of the lock: a worker shut down in order leaves nothing for a
	 * takeover.
	 */
	@Override
	public synchronized void stop() {
		this.stoppedServer = this.server.isRunning();
		this.server.stop();
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
		closeConnection();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before everything else, and stops after the watchdog that would start
	 * JobRunr's server again.
	 */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/** Opens the connection, takes the lock and (re)registers this worker under it. */
	private void lock() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.database.getUsername());
		properties.setProperty("password", this.database.getPassword());
		properties.setProperty("ApplicationName", "pressroom-worker-liveness");
		properties.setProperty("tcpKeepAlive", "true");
		Connection opened = DriverManager.getConnection(this.database.getJdbcUrl(), properties);
		try (PreparedStatement lock = opened.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, RenderWorkerRepository.LOCK_CLASS);
			lock.setInt(2, this.lockId);
			try (ResultSet result = lock.executeQuery()) {
				if (!result.next() || !result.getBoolean(1)) {
					opened.close();
					throw new SQLException(
							"liveness lock " + this.lockId + " is held by a session that has not ended yet");
				}
			}
		}
		this.connection = opened;
		this.workers.registerWorker(this.renderer.workerId(), this.lockId, this.renderer.version(), this.slots, host(),
				this.clock.instant());
		this.holdsLock = true;
		log.info("Worker {} renders with {} slots (liveness lock {})", this.renderer.workerId(), this.slots,
				this.lockId);
	}

	private void keepAlive() {
		while (this.running) {
			try {
				Thread.sleep(RECONNECT_MILLIS);
				if (this.connection == null || !this.connection.isValid(2)) {
					this.holdsLock = false;
					closeConnection();
					lock();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (SQLException | RuntimeException ex) {
				this.holdsLock = false;
				log.warn("Lost this worker's liveness lock, taking it again: {}", ex.toString());
			}
		}
	}

	private synchronized void closeConnection() {
		this.holdsLock = false;
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// Gone already.
			}
			this.connection = null;
		}
	}

	private static String host() {
		String pid = Long.toString(ProcessHandle.current().pid());
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + pid;
		}
		catch (UnknownHostException ex) {
			return "unknown:" + pid;
		}
	}

}
