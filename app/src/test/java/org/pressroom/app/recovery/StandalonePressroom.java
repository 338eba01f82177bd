package org.pressroom.app.recovery;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.jobrunr.server.BackgroundJobServer;
import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.app.PressroomApp;
import org.pressroom.app.TestEditors;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.worker.WorkerConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * App and worker in one context on a PostgreSQL and an S3 server of their own, which a fault test may stop and
 * start again on the same port and data. Separate from the shared test context, whose parts must not go away.
 */
final class StandalonePressroom implements AutoCloseable {

	private final Path dataDir;

	private final int postgresPort = EmbeddedPostgres.freePort();

	private final int s3Port = EmbeddedPostgres.freePort();

	private EmbeddedPostgres postgres;

	private EmbeddedS3 s3;

	private final ConfigurableApplicationContext context;

	final ApiClient api;

	final AptEdits apt;

	StandalonePressroom() throws Exception {
		this.dataDir = Files.createTempDirectory(Path.of("target"), "standalone-").toAbsolutePath();
		startPostgres();
		startS3();
		SpringApplication application = new SpringApplication(PressroomApp.class, WorkerConfig.class);
		application.setAdditionalProfiles("core", "app", "worker", "test");
		// Arguments, not system properties: they outrank the profiles' files and do not leak into other tests.
		this.context = application.run("--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=" + this.postgres.user(),
				"--spring.datasource.password=" + this.postgres.password(),
				"--spring.datasource.hikari.connection-timeout=1000",
				"--pressroom.storage.endpoint=" + this.s3.endpoint(),
				"--pressroom.storage.access-key=" + this.s3.accessKey(),
				"--pressroom.storage.secret-key=" + this.s3.secretKey(), "--pressroom.recovery.check-interval=500ms",
				"--pressroom.listening.reconnect-max-delay=1s", "--server.port=0");
		this.api = new ApiClient(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")))
			.withBearer(TestEditors.TOKEN);
		this.apt = new AptEdits(this.context.getBean(JdbcClient.class), this.context.getBean(DataSource.class));
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
	}

	void stopS3() {
		this.s3.close();
	}

	/** In a folder, so that what was stored before a stop is there after the start. */
	void startS3() throws Exception {
		this.s3 = EmbeddedS3.start(this.s3Port, this.dataDir.resolve("s3"));
	}

	@Override
	public void close() {
		this.context.close();
		this.postgres.close();
		this.s3.close();
	}

}
