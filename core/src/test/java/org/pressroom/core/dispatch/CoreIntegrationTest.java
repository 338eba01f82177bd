package org.pressroom.core.dispatch;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.pressroom.core.PressroomCoreConfig;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.StatementCounter;
import org.pressroom.testing.TestS3;
import org.pressroom.testing.UnchangedCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pressroom's core alone (dispatcher, admission, repositories, JobRunr's client without a
 * background server) on a database of its own ({@link IsolatedDatabase}) and the test S3
 * server, with statements and S3 calls counted ({@link StatementCounter}). Nothing
 * renders: workers are {@link FakeWorker}s, so what admission does is deterministic.
 * Pressroom's and JobRunr's tables are emptied before each test.
 */
@SpringBootTest(classes = CoreIntegrationTest.CoreOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("core")
abstract class CoreIntegrationTest {

	/** A renderer version, as a worker would record it. */
	static final String RENDERER = "1".repeat(64);

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected RenderWorkerRepository workers;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", IsolatedDatabase::url);
		registry.add("spring.datasource.username", IsolatedDatabase::user);
		registry.add("spring.datasource.password", IsolatedDatabase::password);
		EmbeddedS3 s3 = TestS3.get();
		registry.add("pressroom.storage.endpoint", () -> s3.endpoint().toString());
		registry.add("pressroom.storage.access-key", s3::accessKey);
		registry.add("pressroom.storage.secret-key", s3::secretKey);
		registry.add("pressroom.storage.region", s3::region);
		registry.add("pressroom.storage.bucket", () -> "pressroom-core-it");
		registry.add("pressroom.storage.create-bucket", () -> "true");
		registry.add("jobrunr.background-job-server.enabled", () -> "false");
		registry.add("jobrunr.dashboard.enabled", () -> "false");
	}

	@BeforeEach
	void startEmpty() {
		this.jdbc.sql("""
				TRUNCATE apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts, apt.pdf_uploads,
				         pressroom.change_requests, pressroom.serialization, pressroom.rerender_requests,
				         pressroom.render_workers, pressroom.renderers, pressroom.jobrunr_jobs RESTART IDENTITY CASCADE
				""").update();
	}

	/**
	 * Inserts {@code count} ATBDs with a small version 1 each, in one statement (bulk);
	 * returns the first id.
	 */
	int insertVersions(int count) throws SQLException {
		return UnchangedCorpus.insertVersions(this.dataSource, count);
	}

	/**
	 * Every version rendered at {@code renderer}: the corpus a backlog scan finds
	 * unchanged.
	 */
	void markAllRendered(String renderer) throws SQLException {
		UnchangedCorpus.markAllRendered(this.dataSource, renderer);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(PressroomCoreConfig.class)
	static class CoreOnly {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		/**
		 * What the app's actuator would provide: the garbage collector and the job
		 * metrics count into it.
		 */
		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
