package org.pressroom.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries a database over from the layout Pressroom used before it followed APT's sqitch
 * schema: Flyway's history in {@code public.flyway_schema_history}, JobRunr's tables in
 * {@code public}, and APT's schema as Pressroom's own V1 created it (status as text, a
 * changelog column, {@code serialize_requested_at} on {@code atbd_versions}).
 * <p>
 * {@link #setAside()} renames that {@code apt} to {@code pressroom_legacy_apt} and
 * {@code pressroom} to {@code pressroom_legacy} (with the old history and JobRunr tables
 * moved into it), so that Flyway then creates both schemas as on an empty database;
 * {@link #copyBack()} copies the data into them ({@code db/legacy/copy-legacy-*.sql}) and
 * drops the legacy schemas. Each half is one transaction, and {@link #copyBack()} also
 * finishes a copy that an earlier start set aside but did not complete.
 */
class LegacyLayout {

	private static final Logger log = LoggerFactory.getLogger(LegacyLayout.class);

	private static final String IS_LEGACY = """
			SELECT to_regclass('public.flyway_schema_history') IS NOT NULL
			   AND to_regclass('pressroom.flyway_schema_history') IS NULL
			   AND to_regnamespace('apt') IS NOT NULL
			""";

	// Only Pressroom's history: another application's Flyway history in public is left
	// alone.
	private static final String IS_PRESSROOMS_HISTORY = """
			SELECT count(*) > 0 FROM public.flyway_schema_history
			WHERE version = '1' AND description = 'create apt schema' AND success
			""";

	private static final String SET_ASIDE = """
			ALTER SCHEMA apt RENAME TO pressroom_legacy_apt;
			ALTER SCHEMA pressroom RENAME TO pressroom_legacy;
			ALTER TABLE public.flyway_schema_history SET SCHEMA pressroom_legacy;
			ALTER VIEW IF EXISTS public.jobrunr_jobs_stats SET SCHEMA pressroom_legacy;
			ALTER TABLE IF EXISTS public.jobrunr_jobs SET SCHEMA pressroom_legacy;
			ALTER TABLE IF EXISTS public.jobrunr_recurring_jobs SET SCHEMA pressroom_legacy;
			ALTER TABLE IF EXISTS public.jobrunr_backgroundjobservers SET SCHEMA pressroom_legacy;
			ALTER TABLE IF EXISTS public.jobrunr_metadata SET SCHEMA pressroom_legacy;
			ALTER TABLE IF EXISTS public.jobrunr_migrations SET SCHEMA pressroom_legacy;
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	LegacyLayout(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * Renames the legacy schemas out of Flyway's way, if this database has the legacy
	 * layout.
	 */
	void setAside() {
		if (!Boolean.TRUE.equals(this.jdbc.queryForObject(IS_LEGACY, Boolean.class))
				|| !Boolean.TRUE.equals(this.jdbc.queryForObject(IS_PRESSROOMS_HISTORY, Boolean.class))) {
			return;
		}
		log.info("This database has Pressroom's earlier layout: setting it aside to migrate it to the current one");
		this.transaction.executeWithoutResult((status) -> this.jdbc.execute(SET_ASIDE));
	}

	/**
	 * Copies what {@link #setAside()} set aside into the migrated schemas and drops the
	 * legacy ones.
	 */
	void copyBack() {
		boolean pressroom = schemaExists("pressroom_legacy");
		boolean apt = schemaExists("pressroom_legacy_apt");
		if (!pressroom && !apt) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (pressroom) {
				run("copy-legacy-pressroom.sql");
			}
			if (apt) {
				run("copy-legacy-apt.sql");
			}
		});
		log.info("Copied the earlier layout's data into schemas apt and pressroom; every version renders again");
	}

	private boolean schemaExists(String schema) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("SELECT to_regnamespace(?) IS NOT NULL", Boolean.class, schema));
	}

	/**
	 * PgJDBC runs a script of several statements, dollar-quoted bodies included, in one
	 * simple query.
	 */
	private void run(String script) {
		this.jdbc.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql(script));
			}
			return null;
		});
	}

	static String sql(String script) {
		try (InputStream in = LegacyLayout.class.getResourceAsStream("/db/legacy/" + script)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource db/legacy/" + script);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
