package org.pressroom.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestOutputStore;
import org.pressroom.worker.PressroomWorker;
import org.pressroom.worker.WorkerConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Pressroom on its embedded defaults, for a newcomer's first run: app and worker in one JVM, PostgreSQL from the
 * machine's server binaries on 127.0.0.1:5433 and an in-process S3 server on 127.0.0.1:9000, both keeping their
 * data in {@code .pressroom/}. An empty database gets APT's fixtures. SPRING_DATASOURCE_URL or
 * PRESSROOM_STORAGE_ENDPOINT in the environment replace the embedded database or store with real ones.
 * Started by {@code ./pressroom-local} (README).
 */
public final class LocalPressroom {

	private static final String USER = env("PRESSROOM_LOCAL_DB_USER", "pressroom");

	private static final String PASSWORD = env("PRESSROOM_LOCAL_DB_PASSWORD", "pressroom");

	private static final String DATABASE = env("PRESSROOM_LOCAL_DB_NAME", "pressroom");

	private LocalPressroom() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = dataDirectory();
		// System properties: above the profiles' property files, below command-line arguments.
		Map<String, String> embedded = new HashMap<>();
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			int port = Integer.parseInt(env("PRESSROOM_LOCAL_DB_PORT", "5433"));
			EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), port, USER, PASSWORD,
					DATABASE, true);
			embedded.put("spring.datasource.url", postgres.jdbcUrl());
			embedded.put("spring.datasource.username", USER);
			embedded.put("spring.datasource.password", PASSWORD);
			System.out.printf("%nPressroom's PostgreSQL: psql postgresql://%s:%s@127.0.0.1:%d/%s%n%n", USER, PASSWORD,
					port, DATABASE);
		}
		if (System.getenv("PRESSROOM_STORAGE_ENDPOINT") == null && System.getenv("PRESSROOM_STORAGE_BUCKET") == null) {
			int port = Integer.parseInt(env("PRESSROOM_LOCAL_S3_PORT", "9000"));
			EmbeddedS3 s3 = EmbeddedS3.start(port, dataDir.resolve("s3"));
			embedded.put("pressroom.storage.endpoint", s3.endpoint().toString());
			embedded.put("pressroom.storage.access-key", s3.accessKey());
			embedded.put("pressroom.storage.secret-key", s3.secretKey());
			embedded.put("pressroom.storage.region", s3.region());
			embedded.put("pressroom.storage.create-bucket", "true");
			System.out.printf("Pressroom's S3 server: %s (access key %s)%n%n", s3.endpoint(), s3.accessKey());
		}
		SpringApplication application = new SpringApplication(PressroomApp.class, WorkerConfig.class);
		application.setAdditionalProfiles("core", "app", "worker", "local");
		application.setDefaultProperties(
				Map.of(PressroomWorker.WORKER_COUNT, Integer.toString(PressroomWorker.defaultWorkerCount())));
		embedded.forEach(System::setProperty);
		ConfigurableApplicationContext context = application.run(args);
		if (context.getEnvironment().getProperty("pressroom.local.load-fixtures", Boolean.class, true)) {
			loadFixturesIntoEmptyDatabase(context);
		}
		String port = context.getEnvironment().getProperty("local.server.port");
		System.out.printf("%nPressroom is up: http://127.0.0.1:%s/api/atbds/2/versions/1/serialization"
				+ "  (PDF: .../pdf, HTML: .../html), JobRunr dashboard: http://127.0.0.1:%s%n%n", port,
				context.getEnvironment().getProperty("jobrunr.dashboard.port", "8000"));
	}

	/**
	 * APT's 2021 dump (three ATBDs) and the fixture with every node type, whose image is stored before its
	 * version commits, so the first render already shows it.
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

	/** {@code .pressroom/} at the top of the checkout, also when Maven runs this from the app module. */
	private static Path dataDirectory() throws Exception {
		Path cwd = Path.of("").toAbsolutePath();
		Path top = Files.exists(cwd.resolve("app").resolve("pom.xml")) ? cwd : cwd.getParent();
		return Files.createDirectories(Path.of(env("PRESSROOM_LOCAL_DATA_DIR", top.resolve(".pressroom").toString())));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
