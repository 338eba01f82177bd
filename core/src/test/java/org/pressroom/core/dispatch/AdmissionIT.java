package org.pressroom.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.JobIds;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.RenderOutcome;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.core.job.RenderRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admission hands JobRunr what the live workers can start, editors' renders first (issue
 * #11, docs/admission.md), from the rows in PostgreSQL; nothing renders here, so what it
 * admits is exactly what it chose.
 */
class AdmissionIT extends CoreIntegrationTest {

	private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	Admission admission;

	@Autowired
	SerializationRepository serializations;

	@Test
	void interactiveRenderIsAdmittedBeforeOlderBulkWorkAndJobRunrStartsItFirst() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4)) {
			for (int i = 1; i <= 10; i++) {
				queue(i, Priority.BULK, T0.plusSeconds(i));
			}
			Serialization editor = queue(99, Priority.INTERACTIVE, T0.plusSeconds(60));

			List<Serialization> admitted = this.admission.admit();

			assertThat(admitted.get(0).key()).isEqualTo(editor.key());
			// 4 slots: bulk work takes 3 and leaves one to the next editor.
			assertThat(admitted.stream().filter((row) -> row.priority() == Priority.BULK)).hasSize(3);
			assertThat(admitted.stream().skip(1).map((row) -> row.key().atbdId())).containsExactly(1, 2, 3);
			assertThat(firstJobJobRunrStarts()).isEqualTo(JobIds.render(RenderRequest.of(editor)));
		}
	}

	@Test
	void editorArrivingWhileBulkWorkRunsFindsJobRunrsQueueEmptyOfBulkWork() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4)) {
			for (int i = 1; i <= 10; i++) {
				queue(i, Priority.BULK, T0.plusSeconds(i));
			}
			this.admission.admit().forEach((row) -> start(row, worker.id));
			assertThat(this.admission.admit()).isEmpty();

			Serialization editor = queue(99, Priority.INTERACTIVE, T0.plusSeconds(60));
			List<Serialization> admitted = this.admission.admit();

			assertThat(admitted).extracting(Serialization::key).containsExactly(editor.key());
			assertThat(enqueuedJobs()).containsExactly(JobIds.render(RenderRequest.of(editor)));
		}
	}

	@Test
	void bulkWorkKeepsOneRenderGoingHoweverManyEditorsWait() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 2)) {
			for (int i = 1; i <= 3; i++) {
				queue(i, Priority.BULK, T0.plusSeconds(i));
			}
			for (int i = 11; i <= 18; i++) {
				queue(i, Priority.INTERACTIVE, T0.plusSeconds(30 + i));
			}

			List<Serialization> first = this.admission.admit();
			assertThat(first.stream().filter((row) -> row.priority() == Priority.INTERACTIVE)).hasSize(4);
			assertThat(first.stream().filter((row) -> row.priority() == Priority.BULK)).extracting(Serialization::key)
				.containsExactly(new VersionKey(1, 1));
			first.forEach((row) -> start(row, worker.id));

			// The bulk render ends; editors still wait, more of them: bulk work still
			// gets its next render.
			Serialization bulk = first.stream().filter((row) -> row.priority() == Priority.BULK).findFirst().get();
			finish(bulk);
			queue(19, Priority.INTERACTIVE, T0.plusSeconds(100));
			List<Serialization> second = this.admission.admit();

			assertThat(second).extracting(Serialization::key).containsExactly(new VersionKey(2, 1));
		}
	}

	@Test
	void nothingIsAdmittedWithoutALiveWorker() throws Exception {
		FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4);
		worker.die();
		queue(1, Priority.INTERACTIVE, T0);

		assertThat(this.workers.liveSlots()).isZero();
		assertThat(this.admission.admit()).isEmpty();
		assertThat(enqueuedJobs()).isEmpty();
	}

	@Test
	void renderOfADeadWorkerIsQueuedAgainUnderANewJobAndAdmittedToASurvivor() throws Exception {
		try (FakeWorker dying = FakeWorker.start(this.workers, RENDERER, 4);
				FakeWorker survivor = FakeWorker.start(this.workers, RENDERER, 4)) {
			Serialization row = queue(1, Priority.INTERACTIVE, T0);
			this.admission.admit();
			start(row, dying.id);
			UUID firstJob = JobIds.render(RenderRequest.of(row));

			dying.die();

			assertThat(this.workers.deadWorkers()).containsExactly(dying.id);
			assertThat(this.workers.liveSlots()).isEqualTo(4);
			List<Serialization> taken = this.serializations.takeOver(List.of(dying.id), Instant.now());
			assertThat(taken).singleElement().satisfies((requeued) -> {
				assertThat(requeued.state()).isEqualTo(SerializationState.QUEUED);
				assertThat(requeued.generation()).isNotEqualTo(row.generation());
				assertThat(requeued.priority()).isEqualTo(Priority.INTERACTIVE);
				assertThat(requeued.error()).contains("stopped");
			});
			List<Serialization> admitted = this.admission.admit();
			assertThat(admitted).singleElement()
				.satisfies((again) -> assertThat(JobIds.render(RenderRequest.of(again))).isNotEqualTo(firstJob));
			// A stale attempt of the dead worker can no longer end the row.
			assertThat(this.serializations.markFinished(row.key(), row.checksum(), row.generation(),
					RenderOutcome.succeeded(java.util.Map.of(), java.util.Map.of(), List.of()), Instant.now()))
				.isFalse();
		}
	}

	@Test
	void versionCreatedAgainWithContentRenderedBeforeGetsANewJob() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4)) {
			Serialization before = queue(1, Priority.INTERACTIVE, T0);
			this.admission.admit();
			this.serializations.deleteAll(before.key());

			Serialization again = queue(1, Priority.INTERACTIVE, T0.plusSeconds(5));

			assertThat(again.checksum()).isEqualTo(before.checksum());
			assertThat(JobIds.render(RenderRequest.of(again))).isNotEqualTo(JobIds.render(RenderRequest.of(before)));
			assertThat(this.admission.admit()).hasSize(1);
			assertThat(enqueuedJobs()).contains(JobIds.render(RenderRequest.of(again)));
		}
	}

	private Serialization queue(int atbd, Priority priority, Instant at) {
		return this.serializations.recordQueued(new VersionKey(atbd, 1), String.format("%064d", atbd), atbd, at,
				priority, RENDERER);
	}

	/**
	 * What a worker does when JobRunr hands it the job: JobRunr's state, then the row's.
	 */
	private void start(Serialization row, UUID worker) {
		this.jdbc.sql("UPDATE pressroom.jobrunr_jobs SET state = 'PROCESSING' WHERE id = :id")
			.param("id", JobIds.render(RenderRequest.of(row)).toString())
			.update();
		this.serializations.markRunning(row.key(), row.checksum(), row.generation(), Instant.now(), worker);
	}

	private void finish(Serialization row) {
		this.serializations.markFinished(row.key(), row.checksum(), row.generation(),
				RenderOutcome.succeeded(java.util.Map.of(), java.util.Map.of(), List.of()), Instant.now());
	}

	/** The enqueued job JobRunr OSS takes first: the oldest by updatedAt. */
	private UUID firstJobJobRunrStarts() {
		return enqueuedJobs().get(0);
	}

	private List<UUID> enqueuedJobs() {
		return this.jdbc.sql("SELECT id FROM pressroom.jobrunr_jobs WHERE state = 'ENQUEUED' ORDER BY updatedAt")
			.query((rs, row) -> UUID.fromString(rs.getString(1)))
			.list();
	}

}
