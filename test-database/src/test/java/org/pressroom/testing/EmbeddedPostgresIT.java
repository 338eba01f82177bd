package org.pressroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresIT {

	@TempDir
	Path dir;

	@Test
	void startsAServerThatAnswersWithItsDatabaseAndChecksPasswords() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.dir.resolve("data"), 0, "alice", "s3cret",
				"reports", false)) {
			assertThat(postgres.port()).as("the port it chose").isPositive();
			assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/reports");
			assertThat(query(postgres, "SELECT version()")).startsWith("PostgreSQL ");
			assertThat(query(postgres, "SELECT current_database() || ' ' || current_user")).isEqualTo("reports alice");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), "alice", "wrong"))
				.withMessageContaining("password authentication failed");
		}
	}

	@Test
	void storesPasswordsAsMd5SoThatAConnectionCostsNoScramRounds() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.dir.resolve("data"), 0, "alice", "s3cret",
				"reports", false)) {
			execute(postgres, "CREATE ROLE bob LOGIN PASSWORD 'b0b'");

			assertThat(
					query(postgres, "SELECT string_agg(rolname || ' ' || left(rolpassword, 3), ', ' ORDER BY rolname)"
							+ " FROM pg_authid WHERE rolpassword IS NOT NULL"))
				.isEqualTo("alice md5, bob md5");
			try (Connection bob = DriverManager.getConnection(postgres.jdbcUrl(), "bob", "b0b")) {
				assertThat(bob.isValid(1)).isTrue();
			}
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), "bob", "wrong"))
				.withMessageContaining("password authentication failed");
		}
	}

	@Test
	void durableServerKeepsItsDataAcrossARestart() throws Exception {
		Path data = this.dir.resolve("durable");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, "pressroom", "pressroom", "pressroom", true)) {
			execute(postgres, "CREATE TABLE notes (text varchar); INSERT INTO notes VALUES ('kept')");
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, "pressroom", "pressroom", "pressroom", true)) {
			assertThat(query(postgres, "SELECT text FROM notes")).isEqualTo("kept");
		}
	}

	@Test
	void stopsAServerLeftRunningOnTheDataDirectory() throws Exception {
		Path data = this.dir.resolve("leftover");
		EmbeddedPostgres leftover = EmbeddedPostgres.start(data, 0, "pressroom", "pressroom", "pressroom", false);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0, "pressroom", "pressroom", "pressroom",
				false)) {
			assertThat(query(postgres, "SELECT 'answers'")).isEqualTo("answers");
		}
		leftover.close();
	}

	@Test
	void serversWithoutFsyncStartOnCopiesOfOneInitialisedCluster() throws Exception {
		Path clusters = this.dir.resolve("clusters");
		InitialisedClusters cache = new InitialisedClusters(PgBinaries.find(), ServerUser.detect(), clusters);
		for (String name : new String[] { "first", "second" }) {
			Path data = this.dir.resolve(name);
			Files.createDirectories(data);
			ServerUser.detect().own(data);
			cache.initialise(data, "carol", "copied-s3cret");
		}

		try (Stream<Path> made = Files.list(clusters)) {
			assertThat(made).as("one cluster, no partial copy left").hasSize(1);
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(this.dir.resolve("second"), 0, "carol", "copied-s3cret",
				"copies", false)) {
			assertThat(query(postgres, "SELECT current_user")).isEqualTo("carol");
		}
	}

	private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = connect(postgres);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
	}

}
