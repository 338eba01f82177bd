package org.pressroom.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that Pressroom created before it followed APT's sqitch schema (its
 * migrations of then, kept in {@code legacy-layout/}: Flyway's history and JobRunr's
 * tables in public, APT's tables in Pressroom's own shape, {@code serialize_requested_at}
 * on atbd_versions) migrates forward at the next start without losing its data.
 */
class LegacyLayoutIT {

	private DataSource database;

	private JdbcClient jdbc;

	@BeforeEach
	void createLegacyDatabase() throws SQLException {
		this.database = TestDatabase.create("legacy").dataSource();
		this.jdbc = JdbcClient.create(this.database);
		Flyway.configure()
			.dataSource(this.database)
			.locations("classpath:legacy-layout")
			.defaultSchema("public")
			.load()
			.migrate();
		try (Connection connection = this.database.getConnection()) {
			// The old schema took the 2021 dump as it is.
			AptFixtures.copyBeta1DumpData(connection);
		}
		this.jdbc.sql("UPDATE apt.atbd_versions SET serialize_requested_at = '2026-11-30T12:00:00Z' WHERE atbd_id = 2")
			.update();
		this.jdbc
			.sql("""
					INSERT INTO pressroom.serialization (atbd_id, major, checksum, revision, state, computed_at, finished_at)
					VALUES (3, 1, repeat('a', 64), 1, 'succeeded', now(), now())
					""")
			.update();
	}

	@Test
	void migratesToTheCurrentLayoutKeepingAptsDataAndPressroomsHistory() {
		PressroomMigrations.migrate(this.database);

		assertThat(count(
				"to_regclass('public.flyway_schema_history') IS NULL AND to_regclass('public.jobrunr_jobs') IS NULL"))
			.as("nothing of Pressroom left in public")
			.isOne();
		assertThat(this.jdbc
			.sql("SELECT version FROM pressroom.flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("11");
		assertThat(count("(SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pressroom_legacy%') = 0")).isOne();
		assertThat(this.jdbc.sql("SELECT atbd_id || ':' || status || ':' || owner FROM apt.atbd_versions ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("2:DRAFT:ce55b12c-b868-4e37-b045-1777028d92e6",
					"3:DRAFT:223c5237-ec2a-43ee-9766-c103f99a0601", "4:DRAFT:ce55b12c-b868-4e37-b045-1777028d92e6");
		assertThat(this.jdbc
			.sql("SELECT roles::text FROM apt.atbd_versions_contacts WHERE atbd_id = 2 ORDER BY contact_id")
			.query(String.class)
			.list()).containsExactly("{Investigator}", "{Investigator}");
		assertThat(count("(SELECT count(*) FROM information_schema.columns WHERE table_schema = 'apt' "
				+ "AND column_name IN ('changelog', 'serialize_requested_at')) = 0"))
			.isOne();
		assertThat(this.jdbc.sql("SELECT requested_at::text FROM pressroom.rerender_requests WHERE atbd_id = 2")
			.query(String.class)
			.single()).startsWith("2026-11-30 12:00:00");
		assertThat(
				this.jdbc.sql("SELECT state FROM pressroom.serialization WHERE atbd_id = 3").query(String.class).list())
			.containsExactly("succeeded");
		assertThat(this.jdbc
			.sql("SELECT atbd_id FROM pressroom.change_requests WHERE revision > dispatched_revision "
					+ "ORDER BY atbd_id")
			.query(Integer.class)
			.list()).as("every copied version renders again").containsExactly(2, 3, 4);
		assertThat(this.jdbc.sql("INSERT INTO apt.atbds (title, created_by) VALUES ('after', 'tests') RETURNING id")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	@Test
	void migratingAgainChangesNothing() {
		PressroomMigrations.migrate(this.database);
		List<String> versions = this.jdbc.sql("SELECT atbd_id || '/' || major FROM apt.atbd_versions ORDER BY 1")
			.query(String.class)
			.list();

		PressroomMigrations.migrate(this.database);

		assertThat(this.jdbc.sql("SELECT atbd_id || '/' || major FROM apt.atbd_versions ORDER BY 1")
			.query(String.class)
			.list()).isEqualTo(versions).hasSize(3);
	}

	private int count(String condition) {
		return this.jdbc.sql("SELECT CASE WHEN " + condition + " THEN 1 ELSE 0 END").query(Integer.class).single();
	}

}
