package org.pressroom.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.pressroom.app.listening.ChangeListener;
import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.TestOutputStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * App and worker in one context ({@link EmbeddedPressroom}) on the test JVM's shared
 * servers ({@link EmbeddedServers#shared()}: TEST_DATABASE_URL, else an embedded
 * PostgreSQL, and an in-process S3 server). Tables are truncated, not rolled back,
 * because triggers and NOTIFY need commits; the outputs in S3 go too.
 */
@SpringBootTest(classes = EmbeddedPressroom.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = EmbeddedPressroom.TestProfiles.class)
@ContextConfiguration(initializers = IntegrationTest.SharedServers.class)
public abstract class IntegrationTest {

	@Autowired
	protected JdbcClient jdbc;

	/** The app's store, with what only tests do (read, exists, putImage). */
	protected TestOutputStore store;

	@Autowired
	private S3Client s3;

	@Autowired
	private StorageProperties storage;

	@Autowired
	private DataSource dataSource;

	@LocalServerPort
	private int port;

	private static final Path WORK_DIRECTORY = createTempDirectory("pressroom-it-work-");

	/**
	 * The REST API of this test's app, over real HTTP, as an editor (TestEditors.TOKEN).
	 */
	protected ApiClient api;

	/** The same API without credentials, as a reader. */
	protected ApiClient anonymous;

	/** Writes to APT's tables as any other writer would. */
	protected AptEdits apt;

	/**
	 * The app's dispatcher trigger, running at the start of every test; a test may stop
	 * it to let changes pile up. Absent where a test turns listening off.
	 */
	@Autowired(required = false)
	protected ChangeListener listener;

	@DynamicPropertySource
	static void testSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEditors::publicKeyLocation);
		// Job folders of this JVM only, so that tests can see what is left in it.
		registry.add("pressroom.render.work-directory", () -> WORK_DIRECTORY.toString());
	}

	/**
	 * A folder of this JVM's own, removed when the JVM exits (it holds a precompiled
	 * format of a few MB).
	 */
	private static Path createTempDirectory(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileSystemUtils.deleteRecursively(directory);
				}
				catch (IOException ex) {
					// Only a temp folder left behind.
				}
			}, "pressroom-it-work-cleanup"));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void startEmpty() {
		this.store = new TestOutputStore(this.s3, this.storage);
		awaitQuiet();
		this.jdbc.sql("""
				TRUNCATE apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts, apt.pdf_uploads,
				         apt.threads, apt.comments, pressroom.change_requests, pressroom.serialization,
				         pressroom.rerender_requests, pressroom.jobrunr_jobs RESTART IDENTITY
				""").update();
		this.store.deletePrefix("atbds/");
		this.anonymous = new ApiClient(this.port);
		this.api = this.anonymous.withBearer(TestEditors.TOKEN);
		this.apt = new AptEdits(this.jdbc, this.dataSource);
		if (this.listener != null) {
			this.listener.start();
		}
	}

	/**
	 * APT's beta1 dump with the listener stopped, for tests of what the API says about
	 * versions rather than of their outputs: three renders fewer, seconds of pdflatex
	 * each; {@code listener.start()} renders them after all.
	 */
	protected void loadBeta1DumpUnrendered() {
		if (this.listener != null) {
			this.listener.stop();
		}
		this.apt.loadBeta1Dump();
	}

	/**
	 * Lets the previous test's renders end before the tables go: one that read a row
	 * before the truncation could otherwise write about a version the next test creates
	 * again under the same id. (Pending change requests are not waited for: a test may
	 * leave the listener stopped.)
	 */
	private void awaitQuiet() {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM pressroom.jobrunr_jobs WHERE state IN ('ENQUEUED', 'PROCESSING')")
				.query(Long.class)
				.single() == 0);
	}

	/**
	 * The shared servers as beans of every IT context, also of one that names other
	 * classes or profiles.
	 */
	static final class SharedServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			EmbeddedServers.shared().initialize(context);
		}

	}

}
