package org.pressroom.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.core.document.VersionKey;

/**
 * Eight connections edit versions for a while (paragraphs, contacts shared between
 * versions, re-render requests through the API) while Pressroom renders. At the end every
 * version's served PDF is its final content: zero lost, zero stale. Sizes in
 * {@link FaultScale}.
 */
class ConcurrentWritersIT {

	private static final String EDIT_PARAGRAPH = """
			UPDATE apt.atbd_versions
			SET document = jsonb_set(document::jsonb, '{introduction,children,0,children}',
			                         jsonb_build_array(jsonb_build_object('text', ?::text)))::json
			WHERE atbd_id = ? AND major = 1
			""";

	private static final String RENAME_CONTACT = "UPDATE apt.contacts SET last_name = ? WHERE id = ?";

	@Test
	void everyVersionEndsRenderedAtItsFinalContent() throws Exception {
		try (CompletedRenders renders = new CompletedRenders();
				StandalonePressroom pressroom = StandalonePressroom.inProcess(renders);
				FaultLedger ledger = pressroom.ledger()) {
			List<Integer> atbds = pressroom.apt.insertVersionsSharingContacts(FaultScale.WRITER_VERSIONS,
					FaultScale.WRITER_VERSIONS / 5);
			List<Integer> contacts = pressroom.apt.contactsOf(atbds);
			long until = System.nanoTime() + FaultScale.WRITING.toNanos();
			ExecutorService writers = Executors.newFixedThreadPool(FaultScale.WRITERS);
			List<Future<Integer>> commits = new ArrayList<>();
			try {
				for (int writer = 0; writer < FaultScale.WRITERS; writer++) {
					int id = writer;
					commits.add(writers.submit(() -> write(pressroom, id, atbds, contacts, until)));
				}
				long committed = 0;
				for (Future<Integer> count : commits) {
					committed += count.get();
				}
				long stopped = System.nanoTime();

				List<VersionKey> keys = atbds.stream().map((atbd) -> new VersionKey(atbd, 1)).toList();
				ledger.awaitAllRendered(keys, Duration.ofMinutes(5));
				long settledMillis = (System.nanoTime() - stopped) / 1_000_000;
				for (VersionKey key : keys) {
					assertThat(ApiClient.textOf(ledger.servedPdf(key))).contains(finalParagraph(pressroom, key));
				}
				long stale = ledger.staleCount(keys);
				assertThat(renders.duplicates()).isZero();
				FaultFigures.record("8 concurrent writers for " + FaultScale.WRITING.toSeconds() + " s", keys.size(),
						committed, stale == 0 ? committed : 0, stale, renders.duplicates(), List.of(settledMillis));
			}
			finally {
				writers.shutdownNow();
			}
		}
	}

	/**
	 * One writer's loop on its own connection; returns how many of its transactions
	 * committed.
	 */
	private static int write(StandalonePressroom pressroom, int writer, List<Integer> atbds, List<Integer> contacts,
			long until) throws SQLException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int committed = 0;
		try (Connection connection = pressroom.dataSource().getConnection()) {
			for (int edit = 0; System.nanoTime() < until; edit++) {
				int dice = random.nextInt(100);
				if (dice < 3) {
					int atbd = atbds.get(random.nextInt(atbds.size()));
					if (pressroom.api().post("/api/atbds/" + atbd + "/versions/1/serialize").statusCode() == 202) {
						committed++;
					}
					continue;
				}
				boolean contact = dice < 15;
				try (PreparedStatement statement = connection
					.prepareStatement(contact ? RENAME_CONTACT : EDIT_PARAGRAPH)) {
					if (contact) {
						statement.setString(1, "Writer " + writer + " edit " + edit);
						statement.setInt(2, contacts.get(random.nextInt(contacts.size())));
					}
					else {
						int atbd = atbds.get(random.nextInt(atbds.size()));
						statement.setString(1, "Writer " + writer + " edit " + edit + " of ATBD " + atbd + ".");
						statement.setInt(2, atbd);
					}
					statement.executeUpdate();
					committed++;
				}
			}
		}
		return committed;
	}

	private static String finalParagraph(StandalonePressroom pressroom, VersionKey key) {
		return pressroom.jdbc.sql("""
				SELECT document::jsonb #>> '{introduction,children,0,children,0,text}' FROM apt.atbd_versions
				WHERE atbd_id = :atbdId AND major = :major
				""").param("atbdId", key.atbdId()).param("major", key.major()).query(String.class).single();
	}

}
