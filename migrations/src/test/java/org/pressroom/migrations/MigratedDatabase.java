package org.pressroom.migrations;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * This module's scripts applied to a real PostgreSQL with Flyway, configured as core's
 * {@code PressroomMigrations} configures it (history and every object in schema
 * {@code pressroom}, scripts of {@code db/pressroom}). That class is the one way
 * Pressroom migrates, and is tested in core; it cannot be called from here, below core.
 * Carrying an earlier layout over ({@code LegacyLayout}) is core's too.
 */
final class MigratedDatabase {

	private static DatabaseDetails shared;

	private MigratedDatabase() {
	}

	/**
	 * The test server's shared database, migrated once per JVM. Tests work in it in a
	 * rolled-back TestTx.
	 */
	static synchronized DatabaseDetails shared() {
		if (shared == null) {
			shared = TestDatabase.get();
			migrate(shared.dataSource());
		}
		return shared;
	}

	/** A migrated database of the caller's own, for work that must commit. */
	static DatabaseDetails own(String name) {
		DatabaseDetails database = TestDatabase.create(name);
		migrate(database.dataSource());
		return database;
	}

	static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/pressroom")
			.schemas("pressroom")
			.defaultSchema("pressroom")
			.load()
			.migrate();
	}

}
