package org.pressroom.app.recovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.EmbeddedPressroom;
import org.pressroom.app.EmbeddedServers;
import org.pressroom.app.NodeProcess;
import org.pressroom.app.TestEditors;
import org.pressroom.core.schema.PressroomMigrations;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL and an S3 server of its own, which a fault test may stop and start again
 * on the same port and data, with Pressroom on them: app and worker in this JVM
 * ({@link #inProcess()}, {@link EmbeddedPressroom} on these servers), and nodes in JVMs
 * of their own ({@link #startNode}) that a test may kill. Separate from the shared test
 * context, whose parts must not go away. Both servers first bind a port of their
 * choosing, and keep it across a restart, since the nodes are configured with it.
 */
final class StandalonePressroom implements AutoCloseable {

	static final String BUCKET = "pressroom";

	private final Path dataDir;

	/** 0 until the first start has chosen it. */
	private int postgresPort;

	private int s3Port;

	private final List<NodeProcess> nodes = new ArrayList<>();

	private EmbeddedPostgres postgres;

	private EmbeddedS3 s3;

	private ConfigurableApplicationContext context;

	private ApiClient api;

	final AptEdits apt;

	final JdbcClient jdbc;

	private final DataSource dataSource;

	private StandalonePressroom() throws Exception {
		this.dataDir = Files.createTempDirectory(Path.of("target"), "standalone-").toAbsolutePath();
		startPostgres();
		startS3();
		this.dataSource = new DriverManagerDataSource(this.postgres.jdbcUrl(), this.postgres.user(),
				this.postgres.password());
		this.jdbc = JdbcClient.create(this.dataSource);
		this.apt = new AptEdits(this.jdbc, this.dataSource);
	}

	/** App and worker in this JVM. */
	static StandalonePressroom inProcess() throws Exception {
		return inProcess(null);
	}

	static StandalonePressroom inProcess(CompletedRenders renders) throws Exception {
		StandalonePressroom pressroom = new StandalonePressroom();
		pressroom.startInProcess(renders);
		return pressroom;
	}

	/**
	 * App and worker in this JVM, with {@code settings} ({@code --name=value}) over the
	 * test's defaults.
	 */
	static StandalonePressroom inProcessWith(String... settings) throws Exception {
		StandalonePressroom pressroom = new StandalonePressroom();
		pressroom.startInProcess(null, settings);
		return pressroom;
	}

	/**
	 * Only the database and S3: the test starts Pressroom's nodes, in this JVM or in
	 * their own.
	 */
	static StandalonePressroom infrastructureOnly() throws Exception {
		return new StandalonePressroom();
	}

	/**
	 * Creates the schema as a node's start would, for a test that writes before any node
	 * runs.
	 */
	void migrate() {
		PressroomMigrations.migrate(this.dataSource);
	}

	/** Starts app and worker in this JVM, as the README's first command does. */
	void startInProcess() {
		startInProcess(null);
	}

	/** The same, counting the renders that complete from the very start. */
	void startInProcess(CompletedRenders renders) {
		startInProcess(renders, new String[0]);
	}

	private void startInProcess(CompletedRenders renders, String... settings) {
		SpringApplication application = EmbeddedPressroom.application(EmbeddedServers.of(this.postgres, this.s3),
				"test");
		if (renders != null) {
			// After Spring Boot has reset logging, before any bean runs.
			application.addListeners((ApplicationListener<ApplicationPreparedEvent>) (event) -> renders.attach());
		}
		// Arguments, not system properties: they outrank the profiles' files and do not
		// leak into other tests.
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.hikari.connection-timeout=1000",
				"--pressroom.storage.bucket=" + BUCKET, "--pressroom.recovery.check-interval=500ms",
				"--pressroom.listening.reconnect-max-delay=1s", "--server.port=0"));
		arguments.addAll(List.of(settings));
		this.context = application.run(arguments.toArray(String[]::new));
		this.api = new ApiClient(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")))
			.withBearer(TestEditors.TOKEN);
	}

	/**
	 * A node in a JVM of its own, from the jar a deployment runs, configured only by
	 * environment variables as in a deployment: no test profile, no embedded defaults.
	 */
	NodeProcess startNode(Path jar, String name, String... arguments) throws Exception {
		NodeProcess node = NodeProcess.start(name, jar, environment(), this.dataDir, arguments);
		this.nodes.add(node);
		return node;
	}

	/** What a deployment sets to point Pressroom at this database and store. */
	Map<String, String> environment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_DATASOURCE_URL", this.postgres.jdbcUrl());
		environment.put("SPRING_DATASOURCE_USERNAME", this.postgres.user());
		environment.put("SPRING_DATASOURCE_PASSWORD", this.postgres.password());
		environment.put("PRESSROOM_STORAGE_ENDPOINT", "http://127.0.0.1:" + this.s3Port);
		environment.put("PRESSROOM_STORAGE_ACCESS_KEY", EmbeddedS3.DEFAULT_ACCESS_KEY);
		environment.put("PRESSROOM_STORAGE_SECRET_KEY", EmbeddedS3.DEFAULT_SECRET_KEY);
		environment.put("PRESSROOM_STORAGE_BUCKET", BUCKET);
		environment.put("PRESSROOM_STORAGE_CREATE_BUCKET", "true");
		return environment;
	}

	/**
	 * Where this Pressroom's files live; nodes started here may share a work directory
	 * below it.
	 */
	Path dataDir() {
		return this.dataDir;
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Checks on what Pressroom rendered, from outside its nodes; the caller closes it.
	 */
	FaultLedger ledger() {
		return new FaultLedger(this.dataSource, this.s3.endpoint(), BUCKET);
	}

	ApiClient api() {
		if (this.api == null) {
			throw new IllegalStateException("No app runs in this JVM; start it with startInProcess()");
		}
		return this.api;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	BackgroundJobServer jobServer() {
		return bean(BackgroundJobServer.class);
	}

	void stopPostgres() {
		this.postgres.close();
	}

	void startPostgres() throws Exception {
		this.postgres = EmbeddedPostgres.start(this.dataDir.resolve("postgres"), this.postgresPort, "pressroom",
				"pressroom", "pressroom", false);
		this.postgresPort = this.postgres.port();
	}

	void stopS3() {
		this.s3.close();
	}

	/** In a folder, so that what was stored before a stop is there after the start. */
	void startS3() throws Exception {
		this.s3 = EmbeddedS3.start(this.s3Port, this.dataDir.resolve("s3"));
		this.s3Port = this.s3.endpoint().getPort();
	}

	@Override
	public void close() {
		for (NodeProcess node : this.nodes) {
			try {
				node.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.context != null) {
			this.context.close();
		}
		this.postgres.close();
		this.s3.close();
	}

}
