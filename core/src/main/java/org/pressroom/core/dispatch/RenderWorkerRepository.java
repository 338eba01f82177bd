package org.pressroom.core.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on {@code pressroom.render_workers} and {@code pressroom.renderers}: which
 * workers render, with how many slots and which renderer version. A worker is alive while
 * its session-level advisory lock ({@value #LOCK_CLASS}, its {@code lock_id}) is held:
 * {@code pg_locks} shows it for as long as the worker's own connection lives, and
 * PostgreSQL drops it the moment that session ends (a killed JVM's socket closes at
 * once).
 */
@Repository
public class RenderWorkerRepository {

	/** The advisory lock class of worker liveness locks ("PRW" + 1). */
	public static final int LOCK_CLASS = 0x50525701;

	private static final String LIVE = """
			EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
			        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %d::oid AND l.objid = w.lock_id::oid
			          AND l.objsubid = 2
			          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()))
			"""
		.formatted(LOCK_CLASS);

	private final JdbcClient jdbc;

	public RenderWorkerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A lock id no other worker has; the worker holds
	 * {@code pg_advisory_lock(LOCK_CLASS, id)} while it lives.
	 */
	public int nextLockId() {
		return this.jdbc.sql("SELECT nextval('pressroom.render_worker_lock_seq')::integer")
			.query(Integer.class)
			.single();
	}

	/**
	 * Records a renderer version the first time a worker computes it; returns whether it
	 * was new.
	 */
	public boolean registerRenderer(String version, String codeDigest, String texVersion, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO pressroom.renderers (version, code_digest, tex_version, registered_at)
				VALUES (:version, :codeDigest, :texVersion, :now) ON CONFLICT (version) DO NOTHING
				""")
			.param("version", version)
			.param("codeDigest", codeDigest)
			.param("texVersion", texVersion)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	/**
	 * Records a worker (its renderer registered first), or records it again under a new
	 * lock id (a context stopped and started again, as Spring's test context cache does);
	 * call while holding its liveness lock.
	 */
	public void registerWorker(UUID id, int lockId, String renderer, int slots, String host, Instant now) {
		this.jdbc.sql("""
				INSERT INTO pressroom.render_workers (id, lock_id, renderer, slots, host, started_at)
				VALUES (:id, :lockId, :renderer, :slots, :host, :now)
				ON CONFLICT (id) DO UPDATE SET lock_id = excluded.lock_id, renderer = excluded.renderer,
				    slots = excluded.slots
				""")
			.param("id", id)
			.param("lockId", lockId)
			.param("renderer", renderer)
			.param("slots", slots)
			.param("host", host)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Render slots of the workers alive now: how many renders JobRunr can start at once.
	 */
	public int liveSlots() {
		return this.jdbc.sql("SELECT coalesce(sum(w.slots), 0)::integer FROM pressroom.render_workers w WHERE " + LIVE)
			.query(Integer.class)
			.single();
	}

	/** Workers whose liveness lock is gone. */
	public List<UUID> deadWorkers() {
		return this.jdbc.sql("SELECT w.id FROM pressroom.render_workers w WHERE NOT " + LIVE)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list();
	}

	public boolean isAlive(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM pressroom.render_workers w WHERE w.id = :id AND " + LIVE)
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	/** Forgets workers whose renders were taken over. */
	public void delete(List<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("DELETE FROM pressroom.render_workers WHERE id IN (:ids)").param("ids", ids).update();
		}
	}

	/**
	 * The renderer version dispatchers compute checksums with: that of the live worker
	 * started last (a rolling upgrade switches when the first new worker is up), else the
	 * one registered last (no worker runs now).
	 */
	public Optional<String> currentRenderer() {
		return this.jdbc
			.sql("""
					SELECT version FROM (
					    (SELECT w.renderer AS version, 0 AS rank, w.started_at AS at FROM pressroom.render_workers w
					     WHERE\s""" + LIVE
					+ """
							     ORDER BY w.started_at DESC LIMIT 1)
							    UNION ALL
							    (SELECT r.version, 1, r.registered_at FROM pressroom.renderers r ORDER BY r.registered_at DESC LIMIT 1)
							) candidates ORDER BY rank LIMIT 1
							""")
			.query((rs, row) -> rs.getString(1).strip())
			.optional();
	}

}
