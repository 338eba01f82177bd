package org.pressroom.core.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ATBD versions from APT's tables; all SQL on {@code apt.*} that Pressroom runs is
 * here.
 */
@Repository
public class VersionRepository {

	private static final String VERSION = """
			SELECT a.title, a.alias, a.document_type::text AS document_type, v.minor, v.status::text AS status, v.doi,
			       v.citation::text AS citation, v.document::text AS document, u.id AS upload_id, u.file_path,
			       (SELECT r.requested_at FROM pressroom.rerender_requests r
			        WHERE r.atbd_id = v.atbd_id AND r.major = v.major) AS serialize_requested_at,
			       coalesce((SELECT cr.revision FROM pressroom.change_requests cr
			                 WHERE cr.atbd_id = v.atbd_id AND cr.major = v.major), 0) AS revision
			FROM apt.atbd_versions v JOIN apt.atbds a ON a.id = v.atbd_id
			LEFT JOIN apt.pdf_uploads u ON u.id = v.pdf_id
			WHERE v.atbd_id = :atbdId AND v.major = :major
			""";

	private static final String CONTACTS = """
			SELECT c.id, c.first_name, c.middle_name, c.last_name, c.url,
			       coalesce((SELECT json_agg(json_build_object('type', m.mechanism_type, 'value', m.mechanism_value))
			                 FROM unnest(c.mechanisms) m), '[]')::text AS mechanisms,
			       coalesce(to_json(l.roles), '[]')::text AS roles,
			       coalesce(to_json(l.affiliations), '[]')::text AS affiliations
			FROM apt.atbd_versions_contacts l JOIN apt.contacts c ON c.id = l.contact_id
			WHERE l.atbd_id = :atbdId AND l.major = :major
			ORDER BY c.id
			""";

	private static final String WITHOUT_RENDER_AT = """
			SELECT v.atbd_id, v.major FROM apt.atbd_versions v
			WHERE (v.atbd_id, v.major) > (:afterAtbd, :afterMajor)
			  AND NOT EXISTS (SELECT 1 FROM pressroom.serialization s
			                  WHERE s.atbd_id = v.atbd_id AND s.major = v.major AND s.renderer = :renderer
			                    AND s.state <> 'superseded')
			  AND NOT EXISTS (SELECT 1 FROM pressroom.change_requests c
			                  WHERE c.atbd_id = v.atbd_id AND c.major = v.major
			                    AND (c.revision > c.dispatched_revision OR c.dispatch_failed))
			ORDER BY v.atbd_id, v.major
			LIMIT :limit
			""";

	private static final TypeReference<List<Contact.Mechanism>> MECHANISMS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	private final JsonMapper json;

	public VersionRepository(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/**
	 * The version with its contacts and change revision, read in one snapshot; empty if
	 * it does not exist.
	 */
	public Optional<VersionSnapshot> read(VersionKey key) {
		return this.snapshot.execute((status) -> this.jdbc.sql(VERSION)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query((rs, row) -> toSnapshot(key, rs))
			.optional());
	}

	private VersionSnapshot toSnapshot(VersionKey key, ResultSet rs) throws SQLException {
		List<Contact> contacts = this.jdbc.sql(CONTACTS)
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query((c, row) -> new Contact(c.getInt("id"), c.getString("first_name"), c.getString("middle_name"),
					c.getString("last_name"), c.getString("url"),
					this.json.readValue(c.getString("mechanisms"), MECHANISMS),
					this.json.readValue(c.getString("roles"), STRINGS),
					this.json.readValue(c.getString("affiliations"), STRINGS)))
			.list();
		return new VersionSnapshot(key, rs.getInt("minor"), rs.getString("title"), rs.getString("alias"),
				rs.getString("status"), rs.getString("doi"), parse(rs.getString("citation")),
				parse(rs.getString("document")), instant(rs.getTimestamp("serialize_requested_at")), contacts,
				rs.getLong("revision"), rs.getString("document_type"), upload(rs));
	}

	/**
	 * Versions after {@code after} (in key order) with no live or finished serialization
	 * at {@code renderer} and no change request of their own (pending ones are the
	 * drain's; one whose content failed to dispatch waits for the next edit): what the
	 * backlog scan dispatches. One query per page, answered from indexes whatever the
	 * number of unchanged versions (issue #11: a scan costs no read per version and no S3
	 * call).
	 */
	public List<VersionKey> withoutRenderAt(String renderer, VersionKey after, int limit) {
		return this.jdbc.sql(WITHOUT_RENDER_AT)
			.param("renderer", renderer)
			.param("afterAtbd", after.atbdId())
			.param("afterMajor", after.major())
			.param("limit", limit)
			.query((rs, row) -> new VersionKey(rs.getInt(1), rs.getInt(2)))
			.list();
	}

	/**
	 * The ATBD an id or alias names, with the version {@code major} of it if there is
	 * one, in one query; empty if no ATBD has that id or alias. APT allows aliases of
	 * digits only ({@code ^[a-z0-9-]+$}), so digits name the ATBD with that id when there
	 * is one, else the ATBD with that alias; digits beyond an {@code int} can only be an
	 * alias.
	 */
	public Optional<VersionLookup> lookUp(String idOrAlias, int major) {
		Integer id = asId(idOrAlias);
		return this.jdbc.sql("""
				SELECT a.id, v.major IS NOT NULL AS version_exists, v.status
				FROM apt.atbds a
				LEFT JOIN apt.atbd_versions v ON v.atbd_id = a.id AND v.major = :major
				WHERE a.id = :id OR a.alias = :alias
				ORDER BY (a.id = :id) IS TRUE DESC
				LIMIT 1
				""")
			.param("id", id, Types.INTEGER)
			.param("alias", idOrAlias)
			.param("major", major)
			.query((rs, row) -> new VersionLookup(rs.getInt("id"), major, rs.getBoolean("version_exists"),
					rs.getString("status")))
			.optional();
	}

	/** Whether the version exists. */
	public boolean exists(VersionKey key) {
		return this.jdbc.sql("SELECT count(*) FROM apt.atbd_versions WHERE atbd_id = :atbdId AND major = :major")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The id that digits name, or null when the text is not digits or beyond an
	 * {@code int}.
	 */
	private static Integer asId(String idOrAlias) {
		if (idOrAlias.isEmpty() || !idOrAlias.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		try {
			return Integer.valueOf(idOrAlias);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Holds a transaction-level advisory lock on the version until the surrounding
	 * transaction ends, so that concurrent re-render requests for one version run one
	 * after the other (an advisory lock, not a row lock: Pressroom has no right to lock
	 * APT's rows). Returns false if the version does not exist.
	 */
	public boolean lock(VersionKey key) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('pressroom-version'), hashtext(:atbdId || '/' || :major))")
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.query((rs, row) -> 1)
			.single();
		return exists(key);
	}

	/**
	 * Forces a re-render: a new datetime in {@code pressroom.rerender_requests} changes
	 * the checksum, and that table's trigger records the change like any other edit.
	 * Returns false if the version does not exist.
	 */
	public boolean requestRerender(VersionKey key, Instant now) {
		if (!exists(key)) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO pressroom.rerender_requests (atbd_id, major, requested_at) VALUES (:atbdId, :major, :now)
				ON CONFLICT (atbd_id, major) DO UPDATE SET requested_at = excluded.requested_at
				""")
			.param("now", Timestamp.from(now))
			.param("atbdId", key.atbdId())
			.param("major", key.major())
			.update();
		return true;
	}

	private static PdfUpload upload(ResultSet rs) throws SQLException {
		int id = rs.getInt("upload_id");
		return rs.wasNull() ? null : new PdfUpload(id, rs.getString("file_path"));
	}

	private JsonNode parse(String text) {
		return text == null ? null : this.json.readTree(text);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
