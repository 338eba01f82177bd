package org.pressroom.app.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pressroom.app.AptEdits;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors saving documents as issue #11 measured them: five editors, each saving a
 * different document, one save every {@value #SPACING_MILLIS} ms from 1 s after the start
 * (1 to 13 s for the first five, then the same editors again). A save is served when a
 * succeeded serialization of its document holds its change (revision at least the
 * save's): that is the moment the REST API serves the new PDF, sampled every
 * {@value #POLL_MILLIS} ms with one query for all documents (polling the API five times
 * over would cost the CPU being measured).
 */
final class EditorSaves {

	static final long POLL_MILLIS = 20;

	static final long SPACING_MILLIS = 3_000;

	private EditorSaves() {
	}

	/**
	 * Makes {@code saves} saves, round robin over {@code documents}, 3 s apart from 1 s
	 * after the call, and waits until each is served.
	 * @return milliseconds from each commit to its PDF being served
	 */
	static List<Long> run(JdbcClient jdbc, AptEdits apt, List<Integer> documents, int saves, String label)
			throws InterruptedException {
		long start = System.nanoTime();
		Map<Integer, Long> committedAt = new ConcurrentHashMap<>();
		Map<Integer, Long> revisions = new HashMap<>();
		Map<Integer, Integer> documentOf = new HashMap<>();
		List<Long> latencies = new ArrayList<>();
		int next = 0;
		while (next < saves || latencies.size() < saves) {
			long now = System.nanoTime();
			if (next < saves && now - start >= (1_000 + next * SPACING_MILLIS) * 1_000_000) {
				int atbd = documents.get(next % documents.size());
				apt.setFirstIntroductionParagraph(atbd, 1, "Editor save " + label + " number " + next + " zebra.");
				committedAt.put(next, System.nanoTime());
				revisions.put(next, revision(jdbc, atbd));
				documentOf.put(next, atbd);
				next++;
			}
			Map<Integer, Long> served = servedRevisions(jdbc, documents);
			for (int save : List.copyOf(committedAt.keySet())) {
				Long servedRevision = served.get(documentOf.get(save));
				if (servedRevision != null && servedRevision >= revisions.get(save)) {
					latencies.add((System.nanoTime() - committedAt.remove(save)) / 1_000_000);
				}
			}
			Thread.sleep(POLL_MILLIS);
			if (System.nanoTime() - start > 600_000_000_000L) {
				throw new IllegalStateException(label + ": editors' saves not served within 10 minutes");
			}
		}
		return latencies;
	}

	private static long revision(JdbcClient jdbc, int atbd) {
		return jdbc.sql("SELECT revision FROM pressroom.change_requests WHERE atbd_id = :atbd AND major = 1")
			.param("atbd", atbd)
			.query(Long.class)
			.single();
	}

	private static Map<Integer, Long> servedRevisions(JdbcClient jdbc, List<Integer> documents) {
		Map<Integer, Long> served = new HashMap<>();
		jdbc.sql("""
				SELECT atbd_id, max(revision) FROM pressroom.serialization
				WHERE state = 'succeeded' AND major = 1 AND atbd_id IN (:atbds) GROUP BY atbd_id
				""").param("atbds", documents).query((rs, row) -> served.put(rs.getInt(1), rs.getLong(2))).list();
		return served;
	}

}
