package org.pressroom.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.MigratedDatabase;
import org.pressroom.core.checksum.ContentReader;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.job.JobEnqueuer;
import org.pressroom.core.job.JobIds;
import org.pressroom.core.output.OutputStore;
import org.pressroom.core.output.StorageProperties;
import org.pressroom.core.serialization.RenderOutcome;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.pressroom.testing.TestS3;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher with its real parts and no application context: APT's dump in PostgreSQL, JobRunr's own SQL
 * storage on Pressroom's tables, S3 for image versions. JobRunr commits on connections of its own, so on a
 * database of this class's own, emptied after each test.
 */
class DispatcherIT {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final VersionKey GEDI = new VersionKey(2, 1);

	private static final List<VersionKey> DUMP = List.of(GEDI, new VersionKey(3, 1), new VersionKey(4, 1));

	/** A pool: without one, every statement would open a connection (and pay for SCRAM) of its own. */
	private static HikariDataSource dataSource;

	private JdbcClient jdbc;

	private SerializationRepository serializations;

	private ChangeRequestRepository requests;

	private Dispatcher dispatcher;

	@BeforeAll
	static void migrate() {
		DatabaseDetails database = MigratedDatabase.own("dispatcher");
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.user());
		dataSource.setPassword(database.password());
	}

	@AfterAll
	static void closePool() {
		dataSource.close();
	}

	@BeforeEach
	void loadTheDump() throws SQLException {
		this.jdbc = JdbcClient.create(dataSource);
		JsonMapper json = JsonMapper.builder().build();
		VersionRepository versions = new VersionRepository(this.jdbc, new DataSourceTransactionManager(dataSource), json);
		this.serializations = new SerializationRepository(this.jdbc, json);
		this.requests = new ChangeRequestRepository(this.jdbc);
		this.dispatcher = new Dispatcher(this.requests, new ContentReader(versions, store()), versions,
				this.serializations, new JobEnqueuer(new JobRequestScheduler(jobStorage(dataSource))),
				new DispatchProperties(2, Duration.ofMinutes(1)), Clock.fixed(NOW, ZoneOffset.UTC));
		try (Connection connection = dataSource.getConnection()) {
			AptFixtures.loadBeta1Dump(connection);
		}
	}

	@AfterEach
	void emptyTables() {
		this.jdbc.sql("""
				TRUNCATE apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts, apt.pdf_uploads,
				         pressroom.change_requests, pressroom.serialization, pressroom.rerender_requests,
				         pressroom.jobrunr_jobs RESTART IDENTITY CASCADE
				""").update();
	}

	@Test
	void drainingQueuesEveryPendingVersionEnqueuesItsJobAndOnlyThenMarksItDispatched() {
		int dispatched = this.dispatcher.drain();

		assertThat(dispatched).as("in batches of 2").isEqualTo(3);
		assertThat(this.requests.pending(10)).isEmpty();
		for (VersionKey key : DUMP) {
			Serialization row = this.serializations.current(key).orElseThrow();
			assertThat(row.state()).isEqualTo(SerializationState.QUEUED);
			assertThat(row.computedAt()).isEqualTo(NOW);
			assertThat(jobState(JobIds.render(row.renderRequest()))).isEqualTo("ENQUEUED");
		}
	}

	@Test
	void aChangeThatLeavesTheContentAsItWasEnqueuesNothingNew() {
		this.dispatcher.drain();
		this.jdbc.sql("UPDATE apt.atbd_versions SET locked_by = 'someone' WHERE atbd_id = 2").update();
		assertThat(this.requests.isPending(GEDI)).isTrue();

		assertThat(this.dispatcher.drain()).isOne();

		assertThat(this.serializations.findAll(GEDI)).hasSize(1);
		assertThat(jobCount()).isEqualTo(3);
		assertThat(this.requests.isPending(GEDI)).isFalse();
	}

	@Test
	void anEditQueuesTheNewContentBesideTheOld() {
		this.dispatcher.drain();
		this.jdbc.sql("UPDATE apt.atbds SET title = 'GEDI, renamed' WHERE id = 2").update();

		this.dispatcher.drain();

		assertThat(this.serializations.findAll(GEDI)).hasSize(2);
		assertThat(jobCount()).isEqualTo(4);
	}

	@Test
	void aDeletedVersionLeavesNoQueuedWorkBehind() {
		this.dispatcher.drain();
		UUID job = JobIds.render(this.serializations.current(GEDI).orElseThrow().renderRequest());
		this.jdbc.sql("DELETE FROM apt.atbd_versions WHERE atbd_id = 2").update();

		this.dispatcher.drain();

		assertThat(this.serializations.findAll(GEDI)).isEmpty();
		assertThat(jobState(job)).isEqualTo("DELETED");
		assertThat(this.requests.isPending(GEDI)).isFalse();
		assertThat(this.requests.pending(10)).isEmpty();
	}

	@Test
	void theBacklogScanQueuesWhatHasNoFinishedRenderWhateverTheRequestsSay() {
		this.dispatcher.drain();
		Serialization gedi = this.serializations.current(GEDI).orElseThrow();
		this.serializations.markRunning(GEDI, gedi.checksum(), gedi.generation(), NOW);
		this.serializations.markFinished(GEDI, gedi.checksum(), RenderOutcome.succeeded(Map.of(), Map.of(), List.of()),
				NOW);
		this.jdbc.sql("DELETE FROM pressroom.jobrunr_jobs").update();

		int enqueued = this.dispatcher.dispatchAll();

		assertThat(enqueued).as("3 and 4, whose jobs were lost; not GEDI, which succeeded").isEqualTo(2);
		assertThat(jobCount()).isEqualTo(2);
	}

	private String jobState(UUID id) {
		return this.jdbc.sql("SELECT state FROM pressroom.jobrunr_jobs WHERE id = :id")
			.param("id", id.toString())
			.query(String.class)
			.single();
	}

	private int jobCount() {
		return this.jdbc.sql("SELECT count(*) FROM pressroom.jobrunr_jobs").query(Integer.class).single();
	}

	/** JobRunr's storage as the nodes configure it: Pressroom's tables, created by Flyway. */
	private static PostgresStorageProvider jobStorage(DataSource dataSource) {
		PostgresStorageProvider storage = new PostgresStorageProvider(dataSource, "pressroom.",
				DatabaseOptions.SKIP_CREATE);
		storage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
		return storage;
	}

	private static OutputStore store() {
		EmbeddedS3 s3 = TestS3.get();
		S3Client client = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(s3.region()))
			.endpointOverride(s3.endpoint())
			.forcePathStyle(true)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
			.build();
		OutputStore store = new OutputStore(client, new StorageProperties("pressroom-dispatcher", null,
				s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey(), true));
		store.createBucketsIfMissing();
		return store;
	}

}
