package org.pressroom.core.dispatch;

import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * A database of the core ITs' own on the test JVM's PostgreSQL server: their JobRunr
 * client and the workers they fake must not meet another context's JobRunr server.
 */
final class IsolatedDatabase {

	private static DatabaseDetails details;

	private IsolatedDatabase() {
	}

	static synchronized DatabaseDetails details() {
		if (details == null) {
			details = TestDatabase.create("core_it");
		}
		return details;
	}

	static String url() {
		return details().jdbcUrl();
	}

	static String user() {
		return details().user();
	}

	static String password() {
		return details().password();
	}

}
