package org.pressroom.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.schema.PressroomMigrations;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class AptFixturesIT {

	private static final TestDatabase.DatabaseDetails DATABASE = TestDatabase.get();

	@BeforeAll
	static void migrate() {
		PressroomMigrations.migrate(new DriverManagerDataSource(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password()));
	}

	@BeforeEach
	void emptyAptTables() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts, "
					+ "apt.pdf_uploads, apt.threads, apt.comments RESTART IDENTITY");
		}
	}

	@Test
	void loadsTheBeta1DumpAndAdvancesTheIdSequencesPastItsIds() throws SQLException {
		try (Connection connection = connect()) {
			AptFixtures.loadBeta1Dump(connection);

			assertThat(count(connection, "apt.atbds")).isEqualTo(3);
			assertThat(count(connection, "apt.atbd_versions")).isEqualTo(3);
			assertThat(count(connection, "apt.contacts")).isEqualTo(5);
			assertThat(count(connection, "apt.atbd_versions_contacts")).isEqualTo(5);
			assertThat(queryInt(connection, "INSERT INTO apt.atbds (title, created_by) VALUES ('x', 'tests') RETURNING id")).isEqualTo(5);
			assertThat(connection.getAutoCommit()).isTrue();
		}
	}

	@Test
	void insertsTheFixtureAtbdAfterTheDumpWithItsDocumentAndContact() throws SQLException {
		try (Connection connection = connect()) {
			AptFixtures.loadBeta1Dump(connection);
			int atbd = AptFixtures.insertFixtureAtbd(connection);

			assertThat(atbd).isEqualTo(5);
			assertThat(queryInt(connection, "SELECT count(*) FROM apt.atbds WHERE id = " + atbd + " AND alias = '"
					+ AptFixtures.FIXTURE_ALIAS + "'")).isOne();
			assertThat(queryInt(connection, "SELECT count(*) FROM apt.atbd_versions WHERE atbd_id = " + atbd
					+ " AND major = 1 AND minor = 0 AND status = 'DRAFT' AND document::jsonb = '"
					+ AptFixtures.testFixtureDocument().replace("'", "''") + "'::jsonb")).isOne();
			assertThat(queryInt(connection, "SELECT count(*) FROM apt.atbd_versions_contacts WHERE atbd_id = " + atbd))
				.isOne();
		}
	}

	@Test
	void insertsTheFixtureAtbdIntoEmptyTablesInTheCallersTransaction() throws SQLException {
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			int atbd = AptFixtures.insertFixtureAtbd(connection);
			connection.rollback();

			assertThat(atbd).isEqualTo(1);
			assertThat(count(connection, "apt.atbds")).isZero();
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
	}

	private static int count(Connection connection, String table) throws SQLException {
		return queryInt(connection, "SELECT count(*) FROM " + table);
	}

	private static int queryInt(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

}
