package org.pressroom.core.dispatch;

import java.sql.Timestamp;
import java.util.List;

import org.pressroom.core.document.VersionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on {@code pressroom.change_requests}; the rows themselves are written by the triggers of V4. */
@Repository
public class ChangeRequestRepository {

	private static final String PENDING = """
			SELECT atbd_id, major, revision FROM pressroom.change_requests
			WHERE revision > dispatched_revision
			ORDER BY revision
			LIMIT :limit
			""";

	private static final String BACKLOG = """
			SELECT count(*) AS pending, min(changed_at) AS oldest_changed_at FROM pressroom.change_requests
			WHERE revision > dispatched_revision
			""";

	private final JdbcClient jdbc;

	public ChangeRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The oldest pending requests first. */
	public List<ChangeRequest> pending(int limit) {
		return this.jdbc.sql(PENDING)
			.param("limit", limit)
			.query((rs, row) -> new ChangeRequest(new VersionKey(rs.getInt("atbd_id"), rs.getInt("major")),
					rs.getLong("revision")))
			.list();
	}

	/** How many requests wait for dispatch, and when the one waiting longest was last changed. */
	public Backlog backlog() {
		return this.jdbc.sql(BACKLOG).query((rs, row) -> {
			Timestamp oldest = rs.getTimestamp("oldest_changed_at");
			return new Backlog(rs.getLong("pending"), oldest == null ? null : oldest.toInstant());
		}).single();
	}

	/** Whether an edit of the version was committed and not dispatched yet. */
	public boolean isPending(VersionKey key) {
		return this.jdbc.sql("""
				SELECT count(*) FROM pressroom.change_requests
				WHERE atbd_id = :atbdId AND major = :major AND revision > dispatched_revision
				""")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(Integer.class)
			.single() > 0;
	}

	/** Marks everything up to {@code revision} dispatched; a later edit keeps its request pending. */
	public void markDispatched(VersionKey key, long revision) {
		this.jdbc.sql("""
				UPDATE pressroom.change_requests SET dispatched_revision = greatest(dispatched_revision, :revision)
				WHERE atbd_id = :atbdId AND major = :major
				""")
			.param("revision", revision)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
	}

	/** Forgets a deleted version's request unless the version was changed (re-created) since {@code revision}. */
	public void deleteUnlessChangedSince(VersionKey key, long revision) {
		this.jdbc.sql("""
				DELETE FROM pressroom.change_requests
				WHERE atbd_id = :atbdId AND major = :major AND revision <= :revision
				""")
			.param("revision", revision)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
	}

}
