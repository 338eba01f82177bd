package org.pressroom.core.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.SpringTestTx;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.job.RenderRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The state machine of docs/serialization-states.md as the table keeps it, in a
 * rolled-back transaction.
 */
class SerializationRepositoryIT {

	private static final VersionKey VERSION = new VersionKey(9001, 1);

	private static final String FIRST = "a".repeat(64);

	private static final String SECOND = "b".repeat(64);

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final UUID WORKER = UUID.randomUUID();

	private SpringTestTx tx;

	private SerializationRepository serializations;

	@BeforeEach
	void begin() {
		this.tx = SpringTestTx.begin();
		this.serializations = new SerializationRepository(this.tx.jdbc(), JsonMapper.builder().build());
	}

	@AfterEach
	void rollBack() {
		this.tx.close();
	}

	@Test
	void recordingQueuedTwiceKeepsTheRowAndItsStateAndRaisesTheRevision() {
		Serialization first = queue(FIRST, 5, NOW);
		this.serializations.markRunning(VERSION, FIRST, first.generation(), NOW.plusSeconds(1), WORKER);

		Serialization again = queue(FIRST, 7, NOW.plusSeconds(2));

		assertThat(first.state()).isEqualTo(SerializationState.QUEUED);
		assertThat(again.state()).isEqualTo(SerializationState.RUNNING);
		assertThat(again.revision()).isEqualTo(7);
		assertThat(again.computedAt()).isEqualTo(NOW);
		assertThat(queue(FIRST, 6, NOW).revision()).as("never lowered").isEqualTo(7);
	}

	@Test
	void aSupersededChecksumThatIsCurrentAgainIsQueuedUnderANewGeneration() {
		Serialization before = queue(FIRST, 1, NOW);
		queue(SECOND, 2, NOW);
		assertThat(this.serializations.markSuperseded(VERSION, FIRST, NOW)).isTrue();

		Serialization back = queue(FIRST, 3, NOW.plusSeconds(5));

		assertThat(back.state()).isEqualTo(SerializationState.QUEUED);
		assertThat(back.generation()).isNotEqualTo(before.generation());
		assertThat(back.computedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(RenderRequest.of(back).generation()).isEqualTo(back.generation());
		assertThat(this.serializations.markRunning(VERSION, FIRST, before.generation(), NOW, WORKER))
			.as("the old generation's job")
			.isFalse();
		assertThat(this.serializations.markRunning(VERSION, FIRST, back.generation(), NOW, WORKER)).isTrue();
	}

	@Test
	void aFinishedRowIsNeitherRunAgainNorSupersededAndKeepsWhatTheRenderReported() {
		Serialization row = queue(FIRST, 1, NOW);
		this.serializations.markRunning(VERSION, FIRST, row.generation(), NOW, WORKER);
		RenderOutcome outcome = RenderOutcome.succeeded(Map.of("pdf", "atbds/9001/v1/" + FIRST + "/document.pdf"),
				Map.of("pdf", 120L), List.of("an image was missing"));

		assertThat(this.serializations.markFinished(VERSION, FIRST, row.generation(), outcome, NOW.plusSeconds(3)))
			.isTrue();

		assertThat(this.serializations.markRunning(VERSION, FIRST, row.generation(), NOW, WORKER)).isFalse();
		assertThat(this.serializations.markSuperseded(VERSION, FIRST, NOW)).isFalse();
		Serialization finished = this.serializations.find(VERSION, FIRST).orElseThrow();
		assertThat(finished.state()).isEqualTo(SerializationState.SUCCEEDED);
		assertThat(finished.attempts()).isEqualTo(1);
		assertThat(finished.warnings()).containsExactly("an image was missing");
		assertThat(finished.outputs()).containsKey("pdf");
		assertThat(finished.timings()).containsEntry("pdf", 120L);
		assertThat(finished.finishedAt()).isEqualTo(NOW.plusSeconds(3));
	}

	@Test
	void theCurrentRowIsTheNewestContentAndReadersGetTheLastSuccess() {
		Serialization first = queue(FIRST, 1, NOW);
		this.serializations.markRunning(VERSION, FIRST, first.generation(), NOW, WORKER);
		this.serializations.markFinished(VERSION, FIRST, first.generation(),
				RenderOutcome.succeeded(Map.of(), Map.of(), List.of()), NOW);
		queue(SECOND, 2, NOW);

		assertThat(this.serializations.current(VERSION)).map(Serialization::checksum).contains(SECOND);
		assertThat(this.serializations.lastSucceeded(VERSION)).map(Serialization::checksum).contains(FIRST);
		assertThat(this.serializations.keptOutputPrefixes()).contains("atbds/9001/v1/" + FIRST + "/",
				"atbds/9001/v1/" + SECOND + "/");
		assertThat(this.serializations.countByState()).containsEntry(SerializationState.SUCCEEDED, 1L)
			.containsEntry(SerializationState.QUEUED, 1L)
			.containsKey(SerializationState.SUPERSEDED);
	}

	@Test
	void forgettingAVersionReturnsItsRows() {
		queue(FIRST, 1, NOW);
		queue(SECOND, 2, NOW);

		assertThat(this.serializations.deleteAll(VERSION)).extracting(Serialization::checksum)
			.containsExactlyInAnyOrder(FIRST, SECOND);
		assertThat(this.serializations.findAll(VERSION)).isEmpty();
	}

	private Serialization queue(String checksum, long revision, Instant now) {
		return this.serializations.recordQueued(VERSION, checksum, revision, now, Priority.INTERACTIVE, "r".repeat(64));
	}

}
