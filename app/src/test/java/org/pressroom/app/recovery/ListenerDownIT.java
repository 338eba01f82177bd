package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.core.document.VersionKey;

/**
 * No dispatcher runs while 1,000 edits land on 200 versions (paragraphs and shared
 * contacts; fewer in CI, see {@link FaultScale}). When Pressroom starts, it drains the
 * durable change requests: every version is rendered once, at its newest content; the
 * intermediate states are never rendered.
 */
class ListenerDownIT {

	private static final int VERSIONS = FaultScale.BACKLOG_VERSIONS;

	private static final int EDITS = FaultScale.BACKLOG_EDITS;

	private static final int CONTACTS = VERSIONS / 10;

	@Test
	void editsWhileNoDispatcherRanAreAllRenderedAtTheirNewestContent() throws Exception {
		try (CompletedRenders completed = new CompletedRenders();
				StandalonePressroom pressroom = StandalonePressroom.infrastructureOnly();
				FaultLedger ledger = pressroom.ledger()) {
			pressroom.migrate();
			List<Integer> atbds = pressroom.apt.insertVersionsSharingContacts(VERSIONS, CONTACTS);
			List<Integer> contacts = pressroom.apt.contactsOf(atbds);
			int committed = 0;
			String lastParagraph = null;
			int lastEdited = 0;
			for (int edit = 0; committed < EDITS; edit++, committed++) {
				if (edit % 25 == 24) {
					pressroom.apt.renameContact(contacts.get(edit % CONTACTS), "Renamed " + edit);
				}
				else {
					lastEdited = atbds.get(edit % VERSIONS);
					lastParagraph = "Edit " + edit + " of ATBD " + lastEdited + ".";
					pressroom.apt.setFirstIntroductionParagraph(lastEdited, 1, lastParagraph);
				}
			}
			assertThat(pressroom.apt.pendingChangeRequests()).isEqualTo(VERSIONS);

			long started = System.nanoTime();
			pressroom.startInProcess(completed);
			List<VersionKey> keys = atbds.stream().map((atbd) -> new VersionKey(atbd, 1)).toList();
			ledger.awaitAllRendered(keys, Duration.ofMinutes(5));
			long drainedMillis = (System.nanoTime() - started) / 1_000_000;

			long renders = keys.stream().mapToLong(ledger::succeededRenders).sum();
			assertThat(renders).isEqualTo(VERSIONS);
			assertThat(completed.count()).isEqualTo(VERSIONS);
			assertThat(ApiClient.textOf(ledger.servedPdf(new VersionKey(lastEdited, 1)))).contains(lastParagraph);
			long stale = ledger.staleCount(keys);
			FaultFigures.record("listener down while edits land", VERSIONS, committed, stale == 0 ? committed : 0,
					stale, completed.duplicates(), List.of(drainedMillis));
		}
	}

}
