package org.pressroom.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backlog scan's cost does not grow with the number of unchanged versions (issue
 * #11): one candidate query, no read per version, no S3 call. And the renderer version
 * follows the workers: a worker with a new one makes every version a candidate, queued as
 * bulk work.
 */
class BacklogScanIT extends CoreIntegrationTest {

	/** The renderer read (at most once a second) and one candidate query per page. */
	private static final int BOUNDED = 3;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	SerializationRepository serializations;

	@Test
	void scanOfUnchangedVersionsCostsTheSameFewQueriesForAHundredAsForTwoThousand() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4)) {
			insertVersions(100);
			markAllRendered(RENDERER);
			StatementCounter.Counts small = scan(0);

			insertVersions(1900);
			markAllRendered(RENDERER);
			StatementCounter.Counts large = scan(0);

			assertThat(small.statementCount()).isBetween(1, BOUNDED);
			assertThat(large.statementCount()).isBetween(1, BOUNDED);
			assertThat(small.s3CallCount()).isZero();
			assertThat(large.s3CallCount()).isZero();
		}
	}

	@Test
	void scanReadsOnlyTheVersionWithoutARender() throws Exception {
		try (FakeWorker worker = FakeWorker.start(this.workers, RENDERER, 4)) {
			int first = insertVersions(500);
			markAllRendered(RENDERER);
			VersionKey unrendered = new VersionKey(first + 7, 1);
			this.jdbc.sql("DELETE FROM pressroom.serialization WHERE atbd_id = :atbd")
				.param("atbd", unrendered.atbdId())
				.update();

			StatementCounter.Counts counts = scan(1);

			assertThat(this.serializations.current(unrendered)).hasValueSatisfying((row) -> {
				assertThat(row.priority()).isEqualTo(Priority.BULK);
				assertThat(row.renderer()).isEqualTo(RENDERER);
			});
			// Two candidate pages, the one version's read and row, and its admission: not
			// a read per version (500 versions would take 1,000 statements at least); no
			// S3 call, as it shows no image.
			assertThat(counts.statementCount()).isLessThan(40);
			assertThat(counts.s3CallCount()).isZero();
		}
	}

	@Test
	void aWorkerWithANewRendererVersionMakesEveryVersionRenderAgainAsBulkWork() throws Exception {
		try (FakeWorker old = FakeWorker.start(this.workers, RENDERER, 4)) {
			insertVersions(50);
			markAllRendered(RENDERER);
			assertThat(this.dispatcher.scan()).isZero();

			String upgraded = "2".repeat(64);
			try (FakeWorker upgrade = FakeWorker.start(this.workers, upgraded, 4)) {
				Thread.sleep(1100); // the dispatcher re-reads the current renderer
									// version once a second

				assertThat(this.dispatcher.scan()).isEqualTo(50);
				assertThat(this.jdbc.sql("""
						SELECT count(*) FROM pressroom.serialization
						WHERE renderer = :renderer AND state = 'queued' AND priority = 1
						""").param("renderer", upgraded).query(Integer.class).single()).isEqualTo(50);
				assertThat(this.dispatcher.scan()).isZero();
			}
		}
	}

	private StatementCounter.Counts scan(int expected) {
		StatementCounter.Counts counts = StatementCounter.start();
		try {
			assertThat(this.dispatcher.scan()).isEqualTo(expected);
		}
		finally {
			StatementCounter.stop();
		}
		return counts;
	}

}
