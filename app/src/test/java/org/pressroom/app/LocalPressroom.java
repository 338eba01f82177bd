package org.pressroom.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.pressroom.testing.TestOutputStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Pressroom on its embedded defaults, for a newcomer's first run:
 * {@link EmbeddedPressroom} with the {@code local} profile, on PostgreSQL from the
 * machine's server binaries on 127.0.0.1:5433 and an in-process S3 server on
 * 127.0.0.1:9000, both keeping their data in {@code .pressroom/}. An empty database gets
 * APT's fixtures. SPRING_DATASOURCE_URL or PRESSROOM_STORAGE_ENDPOINT in the environment
 * replace the embedded database or store with real ones; an operator's database
 * (SPRING_DATASOURCE_URL) gets no fixtures unless
 * {@code pressroom.local.load-fixtures=true}. Started by {@code ./pressroom-local}
 * (README). A start that fails stops the embedded servers and exits with status 1, the
 * cause printed last.
 */
public final class LocalPressroom {

	private static final String USER = env("PRESSROOM_LOCAL_DB_USER", "pressroom");

	private static final String PASSWORD = env("PRESSROOM_LOCAL_DB_PASSWORD", "pressroom");

	private static final String DATABASE = env("PRESSROOM_LOCAL_DB_NAME", "pressroom");

	private LocalPressroom() {
	}

	public static void main(String[] args) {
		EmbeddedServers servers = null;
		try {
			servers = startServers(dataDirectory());
			ConfigurableApplicationContext context = EmbeddedPressroom.application(servers, "local").run(args);
			boolean ownDatabase = System.getenv("SPRING_DATASOURCE_URL") == null;
			if (context.getEnvironment().getProperty("pressroom.local.load-fixtures", Boolean.class, ownDatabase)) {
				loadFixturesIntoEmptyDatabase(context);
			}
			String port = context.getEnvironment().getProperty("local.server.port");
			System.out.printf(
					"%nPressroom is up: http://127.0.0.1:%s/api/atbds/2/versions/1/serialization"
							+ "  (PDF: .../pdf, HTML: .../html), JobRunr dashboard: http://127.0.0.1:%s%n%n",
					port, context.getEnvironment().getProperty("jobrunr.dashboard.port", "8000"));
		}
		catch (Throwable ex) {
			// The context, if it got that far, stopped what it owned; the servers may
			// have started before it.
			if (servers != null) {
				servers.close();
			}
			System.err.printf("%nPressroom did not start: %s%n", rootCause(ex));
			System.exit(1);
		}
	}

	/**
	 * The embedded servers, each unless the environment names a real one instead.
	 * PostgreSQL starts on a thread of its own (pg_ctl waits for the server) while S3
	 * starts here.
	 */
	private static EmbeddedServers startServers(Path dataDir) throws Exception {
		List<AutoCloseable> started = new CopyOnWriteArrayList<>();
		CompletableFuture<DatabaseDetails> database = CompletableFuture.completedFuture(null);
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			int port = Integer.parseInt(env("PRESSROOM_LOCAL_DB_PORT", "5433"));
			database = CompletableFuture.supplyAsync(() -> {
				try {
					EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), port, USER,
							PASSWORD, DATABASE, true);
					started.add(postgres);
					System.out.printf("%nPressroom's PostgreSQL: psql postgresql://%s:%s@127.0.0.1:%d/%s%n%n", USER,
							PASSWORD, postgres.port(), DATABASE);
					return EmbeddedServers.details(postgres);
				}
				catch (Exception ex) {
					throw new CompletionException(ex);
				}
			});
		}
		try {
			EmbeddedServers.StorageConnection storage = null;
			if (System.getenv("PRESSROOM_STORAGE_ENDPOINT") == null
					&& System.getenv("PRESSROOM_STORAGE_BUCKET") == null) {
				int port = Integer.parseInt(env("PRESSROOM_LOCAL_S3_PORT", "9000"));
				EmbeddedS3 s3 = EmbeddedS3.start(port, dataDir.resolve("s3"));
				started.add(s3);
				storage = EmbeddedServers.StorageConnection.of(s3);
				System.out.printf("Pressroom's S3 server: %s (access key %s)%n%n", s3.endpoint(), s3.accessKey());
			}
			return new EmbeddedServers(join(database), storage, started);
		}
		catch (Exception | Error ex) {
			database.handle((details, failure) -> null).join();
			new EmbeddedServers(null, null, started).close();
			throw ex;
		}
	}

	private static DatabaseDetails join(CompletableFuture<DatabaseDetails> database) throws Exception {
		try {
			return database.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * APT's 2021 dump (three ATBDs) and the fixture with every node type, whose image is
	 * stored before its version commits, so the first render already shows it.
	 */
	private static void loadFixturesIntoEmptyDatabase(ConfigurableApplicationContext context) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		if (jdbc.sql("SELECT count(*) FROM apt.atbds").query(Integer.class).single() > 0) {
			return;
		}
		AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
		apt.loadBeta1Dump();
		apt.insertFixtureAtbdWithImage(
				new TestOutputStore(context.getBean(S3Client.class), context.getBean(StorageProperties.class)));
		System.out.println("Loaded APT's fixtures: ATBDs 2, 3, 4 (beta1 dump) and pressroom-test-fixture.");
	}

	/**
	 * {@code .pressroom/} at the top of the checkout, also when Maven runs this from the
	 * app module.
	 */
	private static Path dataDirectory() throws Exception {
		Path cwd = Path.of("").toAbsolutePath();
		Path top = Files.exists(cwd.resolve("app").resolve("pom.xml")) ? cwd : cwd.getParent();
		return Files.createDirectories(Path.of(env("PRESSROOM_LOCAL_DATA_DIR", top.resolve(".pressroom").toString())));
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? ex.toString() : cause + " (" + ex.getClass().getSimpleName() + ")";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
