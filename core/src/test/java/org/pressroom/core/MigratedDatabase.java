package org.pressroom.core;

import org.pressroom.core.schema.PressroomMigrations;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * The test server's databases, migrated as a Pressroom start migrates them
 * ({@link PressroomMigrations}).
 */
public final class MigratedDatabase {

	private static DatabaseDetails shared;

	private MigratedDatabase() {
	}

	/**
	 * The shared database, migrated once per JVM; tests work in it in a rolled-back
	 * {@link SpringTestTx}.
	 */
	public static synchronized DatabaseDetails shared() {
		if (shared == null) {
			shared = TestDatabase.get();
			PressroomMigrations.migrate(shared.dataSource());
		}
		return shared;
	}

	/**
	 * A migrated database of the caller's own, for work that must commit (NOTIFY, other
	 * sessions, JobRunr).
	 */
	public static DatabaseDetails own(String name) {
		DatabaseDetails database = TestDatabase.create(name);
		PressroomMigrations.migrate(database.dataSource());
		return database;
	}

}
