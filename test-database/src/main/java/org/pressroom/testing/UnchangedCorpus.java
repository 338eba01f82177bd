package org.pressroom.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * A corpus of versions a backlog scan finds unchanged, without rendering any: small ATBDs
 * inserted in one statement, then every change request marked dispatched and every
 * version given a finished serialization at a renderer version. For the scan's tests and
 * its benchmark (issue #11).
 */
public final class UnchangedCorpus {

	private static final String INSERT = """
			WITH created AS (
			    INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
			    SELECT 'Unchanged ' || g, 'unchanged-' || gen_random_uuid(), 'tests', 'tests'
			    FROM generate_series(1, ?) g
			    RETURNING id)
			INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by, owner)
			SELECT id, 1, 0, 'DRAFT', '{"key_points": "unchanged"}'::json, 'tests', 'tests', 'tests' FROM created
			RETURNING atbd_id
			""";

	private static final String MARK_RENDERED = """
			INSERT INTO pressroom.serialization (atbd_id, major, checksum, revision, generation, state, computed_at,
			                                     queued_at, finished_at, renderer, priority)
			SELECT v.atbd_id, v.major, lpad(to_hex(v.atbd_id), 64, '0'), 1, 1, 'succeeded', ?, ?, ?, ?, 1
			FROM apt.atbd_versions v
			ON CONFLICT DO NOTHING
			""";

	private UnchangedCorpus() {
	}

	/**
	 * Inserts {@code count} ATBDs with a small version 1 each, in one statement; returns
	 * the lowest new id.
	 */
	public static int insertVersions(DataSource database, int count) throws SQLException {
		try (Connection connection = database.getConnection();
				PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setInt(1, count);
			int lowest = Integer.MAX_VALUE;
			try (ResultSet ids = insert.executeQuery()) {
				while (ids.next()) {
					lowest = Math.min(lowest, ids.getInt(1));
				}
			}
			return (lowest == Integer.MAX_VALUE) ? 0 : lowest;
		}
	}

	/**
	 * Marks every change request dispatched and gives every version without one a
	 * finished serialization at {@code renderer}, as if all had rendered.
	 */
	public static void markAllRendered(DataSource database, String renderer) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = database.getConnection();
				PreparedStatement dispatched = connection
					.prepareStatement("UPDATE pressroom.change_requests SET dispatched_revision = revision "
							+ "WHERE revision > dispatched_revision");
				PreparedStatement rendered = connection.prepareStatement(MARK_RENDERED)) {
			dispatched.executeUpdate();
			rendered.setTimestamp(1, now);
			rendered.setTimestamp(2, now);
			rendered.setTimestamp(3, now);
			rendered.setString(4, renderer);
			rendered.executeUpdate();
		}
	}

}
