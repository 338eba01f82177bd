package org.pressroom.core.serialization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pressroom.core.document.VersionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * All SQL on {@code pressroom.serialization}. Time comes from the caller's clock, never
 * from SQL now(). Every write that ends or re-queues an attempt names the generation it
 * belongs to, so a stale attempt (its row taken over or re-queued meanwhile) cannot
 * overwrite a newer one. See docs/serialization-states.md.
 */
@Repository
public class SerializationRepository {

	private static final String COLUMNS = """
			atbd_id, major, checksum, revision, generation, state, computed_at, started_at, finished_at, attempts,
			error, error_details::text AS error_details, warnings::text AS warnings, outputs::text AS outputs,
			timings::text AS timings, renderer, priority, queued_at, admitted_at, not_before, worker_id
			""";

	/** The advisory lock class of admission ("PRA" + 1). */
	private static final int ADMISSION_LOCK_CLASS = 0x50524101;

	private static final String KEY = "atbd_id = :atbdId AND major = :major AND checksum = :checksum";

	// A superseded checksum that is current again is queued anew under a new generation,
	// hence a new job id; a queued one takes the more urgent priority of the two
	// dispatches.
	private static final String RECORD_QUEUED = """
			INSERT INTO pressroom.serialization AS s (atbd_id, major, checksum, revision, generation, state, computed_at,
			                                          queued_at, renderer, priority)
			VALUES (:atbdId, :major, :checksum, :revision, nextval('pressroom.render_generation_seq'), 'queued', :now,
			        :now, :renderer, :priority)
			ON CONFLICT (atbd_id, major, checksum) DO UPDATE SET
			    revision = greatest(s.revision, excluded.revision),
			    generation = CASE WHEN s.state = 'superseded' THEN excluded.generation ELSE s.generation END,
			    state = CASE WHEN s.state = 'superseded' THEN 'queued' ELSE s.state END,
			    computed_at = CASE WHEN s.state = 'superseded' THEN excluded.computed_at ELSE s.computed_at END,
			    queued_at = CASE WHEN s.state = 'superseded' THEN excluded.queued_at ELSE s.queued_at END,
			    admitted_at = CASE WHEN s.state = 'superseded' THEN NULL ELSE s.admitted_at END,
			    not_before = CASE WHEN s.state = 'superseded' THEN NULL ELSE s.not_before END,
			    worker_id = CASE WHEN s.state = 'superseded' THEN NULL ELSE s.worker_id END,
			    priority = CASE WHEN s.state = 'superseded' THEN excluded.priority
			                    WHEN s.state = 'queued' THEN least(s.priority, excluded.priority)
			                    ELSE s.priority END
			RETURNING\s"""
			+ COLUMNS;

	private static final String WAITING = "SELECT " + COLUMNS + """
			FROM pressroom.serialization
			WHERE state = 'queued' AND admitted_at IS NULL AND priority = :priority
			  AND (not_before IS NULL OR not_before <= :now)
			ORDER BY queued_at NULLS FIRST
			LIMIT :limit
			FOR UPDATE SKIP LOCKED
			""";

	private static final String IN_FLIGHT = """
			SELECT count(*) AS total, count(*) FILTER (WHERE priority = 1) AS bulk FROM pressroom.serialization
			WHERE state IN ('queued', 'running') AND admitted_at IS NOT NULL
			""";

	private static final String MARK_RUNNING = """
			UPDATE pressroom.serialization
			SET state = 'running', started_at = :now, attempts = attempts + 1, worker_id = :workerId,
			    admitted_at = coalesce(admitted_at, :now)
			WHERE\s""" + KEY + """
			  AND generation = :generation AND state IN ('queued', 'running')
			""";

	private static final String MARK_FINISHED = """
			UPDATE pressroom.serialization
			SET state = :state, finished_at = :now, error = :error, error_details = :errorDetails::jsonb,
			    warnings = :warnings::jsonb, outputs = :outputs::jsonb, timings = :timings::jsonb, not_before = NULL
			WHERE\s""" + KEY + """
			  AND generation = :generation AND state IN ('queued', 'running')
			""";

	// The attempt failed for a reason of the infrastructure's: the next one is a new job
	// (new generation), admitted again in the row's priority once notBefore has passed.
	private static final String RETRY_LATER = """
			UPDATE pressroom.serialization
			SET state = 'queued', generation = nextval('pressroom.render_generation_seq'), admitted_at = NULL,
			    worker_id = NULL, queued_at = :now, not_before = :notBefore, error = :error
			WHERE\s""" + KEY + """
			  AND generation = :generation AND state IN ('queued', 'running')
			""";

	// Rows running on workers that stopped (their liveness lock is gone), on no known
	// worker, or on none.
	private static final String TAKE_OVER = """
			UPDATE pressroom.serialization s
			SET state = 'queued', generation = nextval('pressroom.render_generation_seq'), admitted_at = NULL,
			    worker_id = NULL, queued_at = :now, not_before = NULL,
			    error = 'The worker that ran attempt ' || s.attempts || ' stopped; the render starts again'
			WHERE s.state = 'running'
			  AND (s.worker_id IS NULL OR s.worker_id IN (:dead)
			       OR NOT EXISTS (SELECT 1 FROM pressroom.render_workers w WHERE w.id = s.worker_id))
			RETURNING\s""" + COLUMNS;

	// Admitted long ago and never started: its JobRunr job is gone (deleted from the
	// dashboard, failed before RenderJob ran). A new generation gives it a new job; it
	// keeps its place in the queue.
	private static final String READMIT_LOST = """
			UPDATE pressroom.serialization
			SET generation = nextval('pressroom.render_generation_seq'), admitted_at = NULL
			WHERE state = 'queued' AND admitted_at < :admittedBefore
			RETURNING\s""" + COLUMNS;

	private static final String MARK_SUPERSEDED = """
			UPDATE pressroom.serialization SET state = 'superseded', finished_at = :now, admitted_at = NULL
			WHERE\s""" + KEY + " AND state IN ('queued', 'running')";

	private static final String CURRENT = "SELECT " + COLUMNS + """
			FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major
			ORDER BY revision DESC, computed_at DESC LIMIT 1
			""";

	private static final String LAST_SUCCEEDED = "SELECT " + COLUMNS + """
			FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major AND state = 'succeeded'
			ORDER BY revision DESC, finished_at DESC LIMIT 1
			""";

	/**
	 * For every version: its current row and its last successful one, which readers are
	 * served.
	 */
	private static final String KEPT = """
			(SELECT DISTINCT ON (atbd_id, major) atbd_id, major, checksum FROM pressroom.serialization
			 ORDER BY atbd_id, major, revision DESC, computed_at DESC)
			UNION ALL
			(SELECT DISTINCT ON (atbd_id, major) atbd_id, major, checksum FROM pressroom.serialization
			 WHERE state = 'succeeded'
			 ORDER BY atbd_id, major, revision DESC, finished_at DESC)
			""";

	private static final String KEPT_OUTPUT_PREFIXES = """
			SELECT DISTINCT 'atbds/' || atbd_id || '/v' || major || '/' || checksum || '/'
			FROM (""" + KEPT + ") kept";

	// Superseded rows once the grace period is over, and rows whose outputs the garbage
	// collector removed: neither is served or shown again. A version's current and last
	// successful rows always stay.
	private static final String PRUNE = """
			DELETE FROM pressroom.serialization s
			WHERE ((s.state = 'superseded' AND coalesce(s.finished_at, s.computed_at) < :cutoff)
			       OR s.collected_at IS NOT NULL)
			  AND NOT EXISTS (SELECT 1 FROM (""" + KEPT + """
			                  ) kept
			                  WHERE kept.atbd_id = s.atbd_id AND kept.major = s.major AND kept.checksum = s.checksum)
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
	 * Records that {@code checksum}, computed with {@code renderer}, is the version's
	 * content at {@code revision}: inserts a queued row, re-queues a superseded one,
	 * raises a queued one to {@code priority} if that is more urgent, and leaves any
	 * other row as it is. Returns the row as it now stands.
	 */
	public Serialization recordQueued(VersionKey key, String checksum, long revision, Instant now, Priority priority,
			String renderer) {
		return this.jdbc.sql(RECORD_QUEUED)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("revision", revision)
			.param("now", Timestamp.from(now))
			.param("renderer", renderer)
			.param("priority", priority.dbValue())
			.query(this::toSerialization)
			.single();
	}

	public Optional<Serialization> find(VersionKey key, String checksum) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM pressroom.serialization WHERE " + KEY)
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

	/**
	 * The newest content of the version that rendered successfully: what readers are
	 * served.
	 */
	public Optional<Serialization> lastSucceeded(VersionKey key) {
		return byVersion(LAST_SUCCEEDED, key);
	}

	public List<Serialization> findAll(VersionKey key) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major ORDER BY revision")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(this::toSerialization)
			.list();
	}

	/**
	 * The queued rows of {@code priority} that wait for admission and may run at
	 * {@code now}, longest waiting first, locked until the caller's transaction ends
	 * (rows another transaction holds are skipped).
	 */
	public List<Serialization> waiting(Priority priority, int limit, Instant now) {
		return this.jdbc.sql(WAITING)
			.param("priority", priority.dbValue())
			.param("limit", limit)
			.param("now", Timestamp.from(now))
			.query(this::toSerialization)
			.list();
	}

	/**
	 * Holds the admission lock (a transaction-level advisory lock) until the caller's
	 * transaction ends, so that admissions on several nodes take turns and never admit
	 * past the limits together.
	 */
	public void lockAdmission() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(" + ADMISSION_LOCK_CLASS + ", 0)").query((rs, row) -> 1).single();
	}

	/**
	 * How many serializations JobRunr holds now: admitted, and neither finished nor
	 * re-queued.
	 */
	public InFlight inFlight() {
		return this.jdbc.sql(IN_FLIGHT)
			.query((rs, row) -> new InFlight(rs.getInt("total"), rs.getInt("bulk")))
			.single();
	}

	/** Records that the row's current generation was handed to JobRunr. */
	public boolean markAdmitted(Serialization row, Instant now) {
		return this.jdbc
			.sql("UPDATE pressroom.serialization SET admitted_at = :now WHERE " + KEY
					+ " AND generation = :generation AND state = 'queued' AND admitted_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("atbdId", row.key().atbdId())
			.param("major", row.key().major())
			.param("checksum", row.checksum())
			.param("generation", row.generation())
			.update() > 0;
	}

	/**
	 * Claims the row for a render attempt on {@code workerId}; false if it already
	 * finished, was superseded or re-queued under a new generation.
	 */
	public boolean markRunning(VersionKey key, String checksum, int generation, Instant now, UUID workerId) {
		return this.jdbc.sql(MARK_RUNNING)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("generation", generation)
			.param("now", Timestamp.from(now))
			.param("workerId", workerId)
			.update() > 0;
	}

	/**
	 * Ends the attempt of {@code generation} as succeeded or failed. Every text is stored
	 * as PostgreSQL can hold it ({@link StoredText}). False if that attempt no longer
	 * owns the row (finished, superseded, taken over, deleted).
	 */
	public boolean markFinished(VersionKey key, String checksum, int generation, RenderOutcome outcome, Instant now) {
		SerializationState state = outcome.isSuccess() ? SerializationState.SUCCEEDED : SerializationState.FAILED;
		List<RenderError> details = outcome.errorDetails()
			.stream()
			.map((error) -> new RenderError(StoredText.clean(error.message()), StoredText.clean(error.file()),
					error.line(), StoredText.clean(error.context()), StoredText.clean(error.section())))
			.toList();
		return this.jdbc.sql(MARK_FINISHED)
			.param("state", state.dbValue())
			.param("now", Timestamp.from(now))
			.param("error", StoredText.clean(outcome.error()))
			.param("errorDetails", this.json.writeValueAsString(details))
			.param("warnings",
					this.json.writeValueAsString(outcome.warnings().stream().map(StoredText::clean).toList()))
			.param("outputs", this.json.writeValueAsString(outcome.outputs()))
			.param("timings", this.json.writeValueAsString(outcome.timings()))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("generation", generation)
			.update() > 0;
	}

	/**
	 * Puts the row back in the queue after its attempt of {@code generation} failed for a
	 * reason of the infrastructure's: a new generation, admitted again from
	 * {@code notBefore} on, with {@code error} shown meanwhile. False if that attempt no
	 * longer owns the row.
	 */
	public boolean retryLater(VersionKey key, String checksum, int generation, String error, Instant notBefore,
			Instant now) {
		return this.jdbc.sql(RETRY_LATER)
			.param("now", Timestamp.from(now))
			.param("notBefore", Timestamp.from(notBefore))
			.param("error", StoredText.clean(error))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.param("checksum", checksum)
			.param("generation", generation)
			.update() > 0;
	}

	/**
	 * Re-queues, under new generations, the rows running on the {@code dead} workers, on
	 * workers nobody knows or on none; they keep their priority. Returns the rows as they
	 * now stand.
	 */
	public List<Serialization> takeOver(Collection<UUID> dead, Instant now) {
		// An IN list may not be empty; a random id matches no worker.
		Collection<UUID> ids = dead.isEmpty() ? List.of(UUID.randomUUID()) : dead;
		return this.jdbc.sql(TAKE_OVER)
			.param("dead", ids)
			.param("now", Timestamp.from(now))
			.query(this::toSerialization)
			.list();
	}

	/**
	 * Gives a new generation (a new job) to queued rows admitted before
	 * {@code admittedBefore} that never started.
	 */
	public List<Serialization> readmitLost(Instant admittedBefore) {
		return this.jdbc.sql(READMIT_LOST)
			.param("admittedBefore", Timestamp.from(admittedBefore))
			.query(this::toSerialization)
			.list();
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
	 * The output folders that must stay: for every version, its current checksum and its
	 * last successful one, as {@code atbds/{id}/v{major}/{checksum}/}.
	 */
	public Set<String> keptOutputPrefixes() {
		return new HashSet<>(this.jdbc.sql(KEPT_OUTPUT_PREFIXES).query(String.class).list());
	}

	/** Records that the outputs under an output folder were deleted. */
	public void markCollected(String outputPrefix, Instant now) {
		this.jdbc.sql("""
				UPDATE pressroom.serialization SET collected_at = :now, outputs = '{}'
				WHERE 'atbds/' || atbd_id || '/v' || major || '/' || checksum || '/' = :prefix
				""").param("now", Timestamp.from(now)).param("prefix", outputPrefix).update();
	}

	/**
	 * Deletes the rows nobody needs any more: superseded before {@code cutoff}, or whose
	 * outputs were collected; never a version's current or last successful row. Returns
	 * how many went.
	 */
	public int prune(Instant cutoff) {
		return this.jdbc.sql(PRUNE).param("cutoff", Timestamp.from(cutoff)).update();
	}

	/**
	 * How many serializations are in each state; every state is present, at zero if need
	 * be.
	 */
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

	/**
	 * How many queued rows wait in Pressroom's queue (not yet handed to JobRunr), by
	 * priority.
	 */
	public Map<Priority, Long> waitingByPriority() {
		Map<Priority, Long> counts = new EnumMap<>(Priority.class);
		for (Priority priority : Priority.values()) {
			counts.put(priority, 0L);
		}
		this.jdbc.sql("""
				SELECT priority, count(*) AS count FROM pressroom.serialization
				WHERE state = 'queued' AND admitted_at IS NULL GROUP BY priority
				""")
			.query((rs, row) -> Map.entry(Priority.fromDb(rs.getInt("priority")), rs.getLong("count")))
			.list()
			.forEach((count) -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

	/** Forgets a deleted version's serializations and returns what was forgotten. */
	public List<Serialization> deleteAll(VersionKey key) {
		return this.jdbc
			.sql("DELETE FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major RETURNING " + COLUMNS)
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
				rs.getInt("attempts"), rs.getString("error"),
				this.json.readValue(rs.getString("error_details"), ERRORS),
				this.json.readValue(rs.getString("warnings"), STRINGS),
				this.json.readValue(rs.getString("outputs"), OUTPUTS),
				this.json.readValue(rs.getString("timings"), TIMINGS), trimmed(rs.getString("renderer")),
				Priority.fromDb(rs.getInt("priority")), instant(rs, "queued_at"), instant(rs, "admitted_at"),
				instant(rs, "not_before"), rs.getObject("worker_id", UUID.class));
	}

	private static String trimmed(String value) {
		return value == null ? null : value.strip();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
