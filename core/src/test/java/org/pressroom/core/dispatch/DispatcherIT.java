package org.pressroom.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.JobIds;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.RenderOutcome;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.testing.AptFixtures;
import org.pressroom.core.job.RenderRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher with its real parts: APT's 2021 dump in PostgreSQL, JobRunr's own SQL
 * storage on Pressroom's tables, S3 for image versions, and one live (fake) worker, so
 * that what is queued is also admitted to JobRunr.
 */
class DispatcherIT extends CoreIntegrationTest {

	private static final VersionKey GEDI = new VersionKey(2, 1);

	private static final List<VersionKey> DUMP = List.of(GEDI, new VersionKey(3, 1), new VersionKey(4, 1));

	@Autowired
	private Dispatcher dispatcher;

	@Autowired
	private ChangeRequestRepository requests;

	@Autowired
	private SerializationRepository serializations;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private CurrentRenderer renderer;

	private FakeWorker worker;

	@BeforeEach
	void loadTheDumpWithAWorkerUp() throws SQLException {
		this.worker = FakeWorker.start(this.workers, RENDERER, 4);
		// Another test's worker may have left its renderer version in the dispatcher's
		// cache (read each second).
		await().atMost(Duration.ofSeconds(5)).until(() -> this.renderer.version().equals(Optional.of(RENDERER)));
		try (Connection connection = this.dataSource.getConnection()) {
			AptFixtures.loadBeta1Dump(connection);
		}
	}

	@AfterEach
	void stopTheWorker() throws SQLException {
		this.worker.close();
	}

	@Test
	void drainingQueuesEveryPendingVersionAdmitsItsJobAndMarksItDispatched() {
		int dispatched = this.dispatcher.drain();

		assertThat(dispatched).isEqualTo(3);
		assertThat(this.requests.pending(10, Instant.now())).isEmpty();
		for (VersionKey key : DUMP) {
			Serialization row = this.serializations.current(key).orElseThrow();
			assertThat(row.state()).isEqualTo(SerializationState.QUEUED);
			assertThat(row.priority()).as("the dump's one statement touched 3 versions")
				.isEqualTo(Priority.INTERACTIVE);
			assertThat(jobState(JobIds.render(RenderRequest.of(row)))).isEqualTo("ENQUEUED");
		}
	}

	@Test
	void aChangeThatLeavesTheContentAsItWasQueuesNothingNew() {
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
		UUID job = JobIds.render(RenderRequest.of(this.serializations.current(GEDI).orElseThrow()));
		this.jdbc.sql("DELETE FROM apt.atbd_versions WHERE atbd_id = 2").update();

		this.dispatcher.drain();

		assertThat(this.serializations.findAll(GEDI)).isEmpty();
		assertThat(jobState(job)).isEqualTo("DELETED");
		assertThat(this.requests.isPending(GEDI)).isFalse();
		assertThat(this.requests.pending(10, Instant.now())).isEmpty();
	}

	@Test
	void theBacklogScanQueuesAVersionWithoutAnyRenderWhateverTheRequestsSay() {
		this.dispatcher.drain();
		Serialization gedi = this.serializations.current(GEDI).orElseThrow();
		this.serializations.markRunning(GEDI, gedi.checksum(), gedi.generation(), Instant.now(), this.worker.id);
		this.serializations.markFinished(GEDI, gedi.checksum(), gedi.generation(),
				RenderOutcome.succeeded(Map.of(), Map.of(), List.of()), Instant.now());
		this.jdbc.sql("DELETE FROM pressroom.serialization WHERE atbd_id = 4").update();

		int queued = this.dispatcher.scan();

		assertThat(queued).as("4, whose row was lost; not GEDI (succeeded) nor 3 (queued)").isOne();
		assertThat(this.serializations.current(new VersionKey(4, 1)).orElseThrow().priority()).isEqualTo(Priority.BULK);
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

}
