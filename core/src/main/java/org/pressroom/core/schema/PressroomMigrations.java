package org.pressroom.core.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * How Pressroom migrates a database, in one place for the app, the workers and tests that
 * migrate without Spring: Flyway's history and every Pressroom object in schema
 * {@code pressroom}, the scripts of {@code db/pressroom}, and a database of Pressroom's
 * earlier layout carried over around the migration ({@link LegacyLayout}).
 */
public final class PressroomMigrations {

	/** The one schema Pressroom owns in APT's database. */
	public static final String SCHEMA = "pressroom";

	private PressroomMigrations() {
	}

	static FluentConfiguration configure(FluentConfiguration configuration) {
		return configuration.locations("classpath:db/pressroom").schemas(SCHEMA).defaultSchema(SCHEMA);
	}

	/**
	 * Migrates with {@code flyway} (configured by {@link #configure}), carrying a legacy
	 * layout over.
	 */
	static void migrate(Flyway flyway, DataSource dataSource) {
		LegacyLayout legacy = new LegacyLayout(dataSource);
		legacy.setAside();
		flyway.migrate();
		legacy.copyBack();
	}

	/**
	 * Migrates the database as a Pressroom start would; for tests and tools without a
	 * Spring context.
	 */
	public static void migrate(DataSource dataSource) {
		migrate(configure(Flyway.configure().dataSource(dataSource)).load(), dataSource);
	}

}
