package org.pressroom.core;

import java.sql.Connection;

import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.pressroom.testing.TestTx;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A {@link TestTx} as Spring's JDBC sees it, for repositories under test: a
 * {@link JdbcClient} on its connection and a transaction manager whose transactions join
 * the test's, which is rolled back on {@link #close()}. One thread only, as Spring binds
 * the transaction to it.
 */
public final class SpringTestTx implements AutoCloseable {

	private final TestTx tx;

	private final DataSourceTransactionManager transactions;

	private final TransactionStatus outer;

	private final JdbcClient jdbc;

	private SpringTestTx(TestTx tx) {
		this.tx = tx;
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(tx.connection(), true);
		this.transactions = new DataSourceTransactionManager(dataSource);
		this.outer = this.transactions.getTransaction(new DefaultTransactionDefinition());
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** On the shared migrated database. */
	public static SpringTestTx begin() {
		return begin(MigratedDatabase.shared());
	}

	public static SpringTestTx begin(DatabaseDetails database) {
		return new SpringTestTx(TestTx.begin(database));
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/**
	 * Its transactions join the test's: the isolation level and read-only flag they ask
	 * for do not apply.
	 */
	public PlatformTransactionManager transactions() {
		return this.transactions;
	}

	public Connection connection() {
		return this.tx.connection();
	}

	@Override
	public void close() {
		try {
			this.transactions.rollback(this.outer);
		}
		finally {
			this.tx.close();
		}
	}

}
