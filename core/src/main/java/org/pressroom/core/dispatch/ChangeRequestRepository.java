package org.pressroom.core.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Priority;
import org.pressroom.core.serialization.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on {@code pressroom.change_requests}; the rows themselves are written by the
 * triggers of V4 and V10.
 */
@Repository
public class ChangeRequestRepository {

	// Interactive requests first, then the oldest; a request whose dispatch failed waits
	// for its retry time.
	private static final String PENDING = """
			SELECT atbd_id, major, revision, changed_at, priority, dispatch_attempts FROM pressroom.change_requests
			WHERE revision > dispatched_revision AND (retry_at IS NULL OR retry_at <= :now)
			ORDER BY priority, revision
			LIMIT :limit
			""";

	private static final String BACKLOG = """
			SELECT count(*) AS pending, min(changed_at) AS oldest_changed_at FROM pressroom.change_requests
			WHERE revision > dispatched_revision
			""";

	private static final String VERSION = "atbd_id = :atbdId AND major = :major";

	private final JdbcClient jdbc;

	public ChangeRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Pending requests that may be dispatched at {@code now}: interactive ones first,
	 * then the oldest.
	 */
	public List<ChangeRequest> pending(int limit, Instant now) {
		return this.jdbc.sql(PENDING)
			.param("limit", limit)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new ChangeRequest(new VersionKey(rs.getInt("atbd_id"), rs.getInt("major")),
					rs.getLong("revision"), rs.getTimestamp("changed_at").toInstant(),
					Priority.fromDb(rs.getInt("priority")), rs.getInt("dispatch_attempts")))
			.list();
	}

	/**
	 * How many requests wait for dispatch, and when the one waiting longest was last
	 * changed.
	 */
	public Backlog backlog() {
		return this.jdbc.sql(BACKLOG).query((rs, row) -> {
			Timestamp oldest = rs.getTimestamp("oldest_changed_at");
			return new Backlog(rs.getLong("pending"), oldest == null ? null : oldest.toInstant());
		}).single();
	}

	/** Whether an edit of the version was committed and not dispatched yet. */
	public boolean isPending(VersionKey key) {
		return this.jdbc
			.sql("SELECT count(*) FROM pressroom.change_requests WHERE " + VERSION
					+ " AND revision > dispatched_revision")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether the version's newest change waits for dispatch, and why its dispatch
	 * failed, if it did.
	 */
	public ChangeState state(VersionKey key) {
		return this.jdbc
			.sql("SELECT revision > dispatched_revision AS pending, dispatch_error, dispatch_failed "
					+ "FROM pressroom.change_requests WHERE " + VERSION)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query((rs, row) -> {
				String error = rs.getString("dispatch_error");
				return new ChangeState(rs.getBoolean("pending"), (error == null) ? Optional.empty()
						: Optional.of(new DispatchFailure(error, rs.getBoolean("dispatch_failed"))));
			})
			.optional()
			.orElse(ChangeState.NONE);
	}

	/**
	 * Marks everything up to {@code revision} dispatched and forgets an earlier dispatch
	 * failure; a later edit keeps its request pending.
	 */
	public void markDispatched(VersionKey key, long revision) {
		this.jdbc.sql("""
				UPDATE pressroom.change_requests
				SET dispatched_revision = greatest(dispatched_revision, :revision), dispatch_attempts = 0,
				    retry_at = NULL, dispatch_error = NULL, dispatch_failed = false
				WHERE atbd_id = :atbdId AND major = :major
				""").param("revision", revision).param("atbdId", key.atbdId()).param("major", key.major()).update();
	}

	/**
	 * The content at {@code revision} cannot be dispatched, for a reason of its own: the
	 * request is consumed with the reason recorded, and nothing retries until the version
	 * changes again. A later edit keeps its request pending.
	 */
	public void markFailed(VersionKey key, long revision, String error) {
		this.jdbc
			.sql("""
					UPDATE pressroom.change_requests
					SET dispatched_revision = greatest(dispatched_revision, :revision), dispatch_attempts = dispatch_attempts + 1,
					    retry_at = NULL, dispatch_error = :error, dispatch_failed = true
					WHERE atbd_id = :atbdId AND major = :major AND revision = :revision
					""")
			.param("revision", revision)
			.param("error", StoredText.clean(error))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
	}

	/**
	 * Dispatching failed for a reason of the infrastructure's: the request stays pending
	 * until {@code retryAt}.
	 */
	public void retryLater(VersionKey key, long revision, String error, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE pressroom.change_requests
				SET dispatch_attempts = dispatch_attempts + 1, retry_at = :retryAt, dispatch_error = :error,
				    dispatch_failed = false
				WHERE atbd_id = :atbdId AND major = :major AND revision = :revision
				""")
			.param("revision", revision)
			.param("retryAt", Timestamp.from(retryAt))
			.param("error", StoredText.clean(error))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
	}

	/**
	 * The backlog scan found a version whose content cannot be dispatched (no change
	 * request of its own was pending): records the failure as final, so the scan passes
	 * the version by until it changes again.
	 */
	public void recordFailedScan(VersionKey key, String error, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO pressroom.change_requests AS cr (atbd_id, major, revision, dispatched_revision, changed_at,
					                                            priority, dispatch_attempts, dispatch_error, dispatch_failed)
					VALUES (:atbdId, :major, 0, 0, :now, 1, 1, :error, true)
					ON CONFLICT (atbd_id, major) DO UPDATE
					    SET dispatch_attempts = cr.dispatch_attempts + 1, dispatch_error = excluded.dispatch_error,
					        dispatch_failed = true
					    WHERE cr.revision <= cr.dispatched_revision
					""")
			.param("now", Timestamp.from(now))
			.param("error", StoredText.clean(error))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
	}

	/**
	 * Forgets a deleted version's request unless the version was changed (re-created)
	 * since {@code revision}.
	 */
	public void deleteUnlessChangedSince(VersionKey key, long revision) {
		this.jdbc.sql("""
				DELETE FROM pressroom.change_requests
				WHERE atbd_id = :atbdId AND major = :major AND revision <= :revision
				""").param("revision", revision).param("atbdId", key.atbdId()).param("major", key.major()).update();
	}

}
