package org.pressroom.core.serialization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pressroom.core.document.VersionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** All SQL on {@code pressroom.serialization}. Time comes from the caller's clock, never from SQL now(). */
@Repository
public class SerializationRepository {

	private static final String COLUMNS = """
			atbd_id, major, checksum, revision, generation, state, computed_at, started_at, finished_at, attempts,
			error, error_details::text AS error_details, warnings::text AS warnings, outputs::text AS outputs,
			timings::text AS timings
			""";

	// A superseded checksum that is current again gets a new generation, hence a new job id.
	private static final String RECORD_QUEUED = """
			INSERT INTO pressroom.serialization AS s (atbd_id, major, checksum, revision, state, computed_at)
			VALUES (:atbdId, :major, :checksum, :revision, 'queued', :now)
			ON CONFLICT (atbd_id, major, checksum) DO UPDATE SET
			    revision = greatest(s.revision, excluded.revision),
			    generation = CASE WHEN s.state = 'superseded' THEN s.generation + 1 ELSE s.generation END,
			    state = CASE WHEN s.state = 'superseded' THEN 'queued' ELSE s.state END,
			    computed_at = CASE WHEN s.state = 'superseded' THEN excluded.computed_at ELSE s.computed_at END
			RETURNING\s""" + COLUMNS;

	private static final String MARK_RUNNING = """
			UPDATE pressroom.serialization
			SET state = 'running', started_at = :now, attempts = attempts + 1
			WHERE atbd_id = :atbdId AND major = :major AND checksum = :checksum AND generation = :generation
			  AND state IN ('queued', 'running')
			""";

	private static final String MARK_FINISHED = """
			UPDATE pressroom.serialization
			SET state = :state, finished_at = :now, error = :error, error_details = :errorDetails::jsonb,
			    warnings = :warnings::jsonb, outputs = :outputs::jsonb, timings = :timings::jsonb
			WHERE atbd_id = :atbdId AND major = :major AND checksum = :checksum AND state IN ('queued', 'running')
			""";

	private static final String MARK_SUPERSEDED = """
			UPDATE pressroom.serialization SET state = 'superseded', finished_at = :now
			WHERE atbd_id = :atbdId AND major = :major AND checksum = :checksum AND state IN ('queued', 'running')
			""";

	private static final String CURRENT = "SELECT " + COLUMNS + """
			FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major
			ORDER BY revision DESC, computed_at DESC LIMIT 1
			""";

	private static final String LAST_SUCCEEDED = "SELECT " + COLUMNS + """
			FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major AND state = 'succeeded'
			ORDER BY revision DESC, finished_at DESC LIMIT 1
			""";

	private static final String KEPT_OUTPUT_PREFIXES = """
			SELECT DISTINCT 'atbds/' || atbd_id || '/v' || major || '/' || checksum || '/'
			FROM (
			    (SELECT DISTINCT ON (atbd_id, major) atbd_id, major, checksum FROM pressroom.serialization
			     ORDER BY atbd_id, major, revision DESC, computed_at DESC)
			    UNION ALL
			    (SELECT DISTINCT ON (atbd_id, major) atbd_id, major, checksum FROM pressroom.serialization
			     WHERE state = 'succeeded'
			     ORDER BY atbd_id, major, revision DESC, finished_at DESC)
			) kept
			""";

	private static final TypeReference<List<RenderError>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> OUTPUTS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Long>> TIMINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public SerializationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records that {@code checksum} is the version's content at {@code revision}: inserts a queued row, re-queues a
	 * superseded one, and leaves any other row as it is. Returns the row as it now stands.
	 */
	public Serialization recordQueued(VersionKey key, String checksum, long revision, Instant now) {
		return this.jdbc.sql(RECORD_QUEUED)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("revision", revision)
			.param("now", Timestamp.from(now))
			.query(this::toSerialization)
			.single();
	}

	public Optional<Serialization> find(VersionKey key, String checksum) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major AND checksum = :checksum")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.query(this::toSerialization)
			.optional();
	}

	/** The row of the version's newest known content, whatever its state. */
	public Optional<Serialization> current(VersionKey key) {
		return byVersion(CURRENT, key);
	}

	/** The newest content of the version that rendered successfully: what readers are served. */
	public Optional<Serialization> lastSucceeded(VersionKey key) {
		return byVersion(LAST_SUCCEEDED, key);
	}

	public List<Serialization> findAll(VersionKey key) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major ORDER BY revision")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(this::toSerialization)
			.list();
	}

	/** Claims the row for a render attempt; false if it already finished, was superseded or re-queued anew. */
	public boolean markRunning(VersionKey key, String checksum, int generation, Instant now) {
		return this.jdbc.sql(MARK_RUNNING)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("generation", generation)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	public boolean markFinished(VersionKey key, String checksum, RenderOutcome outcome, Instant now) {
		SerializationState state = outcome.isSuccess() ? SerializationState.SUCCEEDED : SerializationState.FAILED;
		return this.jdbc.sql(MARK_FINISHED)
			.param("state", state.dbValue())
			.param("now", Timestamp.from(now))
			.param("error", outcome.error())
			.param("errorDetails", this.json.writeValueAsString(outcome.errorDetails()))
			.param("warnings", this.json.writeValueAsString(outcome.warnings()))
			.param("outputs", this.json.writeValueAsString(outcome.outputs()))
			.param("timings", this.json.writeValueAsString(outcome.timings()))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.update() > 0;
	}

	/** Keeps a running row running, with the reason its last attempt failed, while JobRunr retries it. */
	public void recordRetry(VersionKey key, String checksum, String error) {
		this.jdbc.sql("""
				UPDATE pressroom.serialization SET error = :error
				WHERE atbd_id = :atbdId AND major = :major AND checksum = :checksum AND state = 'running'
				""")
			.param("error", error)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.update();
	}

	public boolean markSuperseded(VersionKey key, String checksum, Instant now) {
		return this.jdbc.sql(MARK_SUPERSEDED)
			.param("now", Timestamp.from(now))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.update() > 0;
	}

	/**
	 * The output folders that must stay: for every version, its current checksum and its last successful one,
	 * as {@code atbds/{id}/v{major}/{checksum}/}.
	 */
	public Set<String> keptOutputPrefixes() {
		return new HashSet<>(this.jdbc.sql(KEPT_OUTPUT_PREFIXES).query(String.class).list());
	}

	/** Records that the outputs under an output folder were deleted. */
	public void markCollected(String outputPrefix, Instant now) {
		this.jdbc.sql("""
				UPDATE pressroom.serialization SET collected_at = :now, outputs = '{}'
				WHERE 'atbds/' || atbd_id || '/v' || major || '/' || checksum || '/' = :prefix
				""")
			.param("now", Timestamp.from(now))
			.param("prefix", outputPrefix)
			.update();
	}

	/** How many serializations are in each state; every state is present, at zero if need be. */
	public Map<SerializationState, Long> countByState() {
		Map<SerializationState, Long> counts = new EnumMap<>(SerializationState.class);
		for (SerializationState state : SerializationState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.sql("SELECT state, count(*) AS count FROM pressroom.serialization GROUP BY state")
			.query((rs, row) -> Map.entry(SerializationState.fromDb(rs.getString("state")), rs.getLong("count")))
			.list()
			.forEach((count) -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

	/** Forgets a deleted version's serializations and returns what was forgotten. */
	public List<Serialization> deleteAll(VersionKey key) {
		return this.jdbc.sql("DELETE FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major RETURNING "
				+ COLUMNS)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(this::toSerialization)
			.list();
	}

	private Optional<Serialization> byVersion(String sql, VersionKey key) {
		return this.jdbc.sql(sql)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(this::toSerialization)
			.optional();
	}

	private Serialization toSerialization(ResultSet rs, int row) throws SQLException {
		return new Serialization(new VersionKey(rs.getInt("atbd_id"), rs.getInt("major")), rs.getString("checksum"),
				rs.getLong("revision"), rs.getInt("generation"), SerializationState.fromDb(rs.getString("state")),
				instant(rs, "computed_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				rs.getInt("attempts"), rs.getString("error"), this.json.readValue(rs.getString("error_details"), ERRORS),
				this.json.readValue(rs.getString("warnings"), STRINGS),
				this.json.readValue(rs.getString("outputs"), OUTPUTS),
				this.json.readValue(rs.getString("timings"), TIMINGS));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
