package org.pressroom.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.SpringTestTx;
import org.pressroom.core.document.VersionKey;
import org.pressroom.testing.AptFixtures;

/**
 * The dispatcher's view of the change requests the triggers write, in a rolled-back
 * transaction with the dump.
 */
class ChangeRequestRepositoryIT {

	private static final VersionKey GEDI = new VersionKey(2, 1);

	private SpringTestTx tx;

	private ChangeRequestRepository requests;

	@BeforeEach
	void loadTheDump() throws SQLException {
		this.tx = SpringTestTx.begin();
		AptFixtures.loadBeta1Dump(this.tx.connection());
		this.requests = new ChangeRequestRepository(this.tx.jdbc());
	}

	@AfterEach
	void rollBack() {
		this.tx.close();
	}

	@Test
	void pendingRequestsComeOldestFirstUpToTheLimit() {
		editDoi(4);
		editDoi(2);
		markDispatched(new VersionKey(3, 1));

		List<ChangeRequest> pending = this.requests.pending(10, Instant.now());

		assertThat(pending).extracting(ChangeRequest::key).containsExactly(new VersionKey(4, 1), GEDI);
		assertThat(pending.get(0).revision()).isLessThan(pending.get(1).revision());
		assertThat(this.requests.pending(1, Instant.now())).extracting(ChangeRequest::key)
			.containsExactly(new VersionKey(4, 1));
	}

	@Test
	void anEditAfterTheReadKeepsTheRequestPendingWhenTheOlderRevisionIsMarked() {
		ChangeRequest read = pendingFor(GEDI);
		editDoi(2);

		this.requests.markDispatched(GEDI, read.revision());

		assertThat(this.requests.isPending(GEDI)).isTrue();
		this.requests.markDispatched(GEDI, pendingFor(GEDI).revision());
		assertThat(this.requests.isPending(GEDI)).isFalse();
	}

	@Test
	void markingNeverLowersWhatWasDispatched() {
		long revision = pendingFor(GEDI).revision();
		this.requests.markDispatched(GEDI, revision);

		this.requests.markDispatched(GEDI, revision - 1);

		assertThat(this.requests.isPending(GEDI)).isFalse();
	}

	@Test
	void theBacklogCountsPendingVersionsAndKnowsTheOldestChange() {
		Backlog backlog = this.requests.backlog();

		assertThat(backlog.pending()).isEqualTo(3);
		assertThat(backlog.oldestChangedAt()).isBefore(Instant.now().plusSeconds(1));
		this.tx.jdbc().sql("UPDATE pressroom.change_requests SET dispatched_revision = revision").update();
		assertThat(this.requests.backlog()).isEqualTo(new Backlog(0, null));
	}

	@Test
	void aDeletedVersionsRequestGoesUnlessItChangedAgainSince() {
		long deletedAt = pendingFor(GEDI).revision();
		editDoi(4);
		long fourAt = pendingFor(new VersionKey(4, 1)).revision();

		this.requests.deleteUnlessChangedSince(GEDI, deletedAt);
		this.requests.deleteUnlessChangedSince(new VersionKey(4, 1), fourAt - 1);

		assertThat(this.requests.pending(10, Instant.now())).extracting(ChangeRequest::key)
			.containsExactly(new VersionKey(3, 1), new VersionKey(4, 1));
	}

	private ChangeRequest pendingFor(VersionKey key) {
		return this.requests.pending(100, Instant.now())
			.stream()
			.filter((request) -> request.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private void editDoi(int atbd) {
		this.tx.jdbc()
			.sql("UPDATE apt.atbd_versions SET doi = 'edited ' || clock_timestamp() WHERE atbd_id = :atbd")
			.param("atbd", atbd)
			.update();
	}

	private void markDispatched(VersionKey key) {
		this.requests.markDispatched(key, pendingFor(key).revision());
	}

}
