package org.pressroom.app.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.pressroom.testing.TestDatabase;

/**
 * A database of its own on the test JVM's PostgreSQL server, for tests that run Pressroom's core without the shared
 * context: the shared context's JobRunr server polls the shared database and would run their jobs.
 */
final class IsolatedDatabase {

	private static String url;

	private IsolatedDatabase() {
	}

	/** The JDBC URL of the isolated database, created (empty) on first use. */
	static synchronized String url() {
		if (url == null) {
			TestDatabase.DatabaseDetails shared = TestDatabase.get();
			String name = "pressroom_core_it";
			try (Connection connection = DriverManager.getConnection(shared.jdbcUrl(), shared.user(),
					shared.password()); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the isolated test database", ex);
			}
			int slash = shared.jdbcUrl().lastIndexOf('/');
			int query = shared.jdbcUrl().indexOf('?', slash);
			url = shared.jdbcUrl().substring(0, slash + 1) + name
					+ ((query < 0) ? "" : shared.jdbcUrl().substring(query));
		}
		return url;
	}

	static String user() {
		return TestDatabase.get().user();
	}

	static String password() {
		return TestDatabase.get().password();
	}

}
