package org.pressroom.testing;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction on a connection of its own, rolled back on {@link #close()}: what a
 * test writes, triggers included, is seen inside it and by nobody else, and is gone
 * afterwards (River's {@code riverdbtest.TestTx}). Sequences are not transactional, so
 * ids keep counting up across tests. A test whose work must commit (NOTIFY is only sent
 * at commit; another session must see the rows) uses a database of its own instead
 * ({@link TestDatabase#create}).
 */
public final class TestTx implements AutoCloseable {

	private final Connection connection;

	private TestTx(Connection connection) {
		this.connection = connection;
	}

	/** Begins a transaction on a new connection to {@code database}. */
	public static TestTx begin(TestDatabase.DatabaseDetails database) {
		try {
			Connection connection = database.connect();
			connection.setAutoCommit(false);
			return new TestTx(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not open a test transaction on " + database, ex);
		}
	}

	/** The connection the transaction runs on; do not commit it. */
	public Connection connection() {
		return this.connection;
	}

	@Override
	public void close() {
		try (Connection connection = this.connection) {
			connection.rollback();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not roll the test transaction back", ex);
		}
	}

}
