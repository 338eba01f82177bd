package org.pressroom.core.dispatch;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A worker as the database sees one: a renderer version, a row in
 * {@code pressroom.render_workers} and the liveness lock held on a session of its own,
 * which {@link #die()} ends as a killed JVM would. It renders nothing.
 */
final class FakeWorker implements AutoCloseable {

	final UUID id = UUID.randomUUID();

	final String renderer;

	private final Connection session;

	private final RenderWorkerRepository workers;

	private FakeWorker(String renderer, Connection session, RenderWorkerRepository workers) {
		this.renderer = renderer;
		this.session = session;
		this.workers = workers;
	}

	static FakeWorker start(RenderWorkerRepository workers, String renderer, int slots) throws SQLException {
		int lockId = workers.nextLockId();
		Connection session = DriverManager.getConnection(IsolatedDatabase.url(), IsolatedDatabase.user(),
				IsolatedDatabase.password());
		try (PreparedStatement lock = session.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
			lock.setInt(1, RenderWorkerRepository.LOCK_CLASS);
			lock.setInt(2, lockId);
			lock.execute();
		}
		workers.registerRenderer(renderer, "c".repeat(64), "pdfTeX (test)", Instant.now());
		FakeWorker worker = new FakeWorker(renderer, session, workers);
		workers.registerWorker(worker.id, lockId, renderer, slots, "test", Instant.now());
		return worker;
	}

	/**
	 * Ends the session holding the liveness lock, as the kernel does when it kills the
	 * JVM, and waits until the server has ended it too: the backend releases the lock a
	 * moment after the client's connection closes.
	 */
	void die() throws SQLException {
		this.session.close();
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> !this.workers.isAlive(this.id));
	}

	@Override
	public void close() throws SQLException {
		this.session.close();
	}

}
