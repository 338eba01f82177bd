package org.pressroom.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestOutputStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Writes to APT's tables the way any other writer would: plain SQL, committed. */
public final class AptEdits {

	/** GEDI L2B, the largest ATBD of the 2021 dump. */
	public static final int GEDI = 2;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public AptEdits(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public void loadBeta1Dump() {
		try (Connection connection = this.dataSource.getConnection()) {
			AptFixtures.loadBeta1Dump(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Inserts the fixture with every node type and stores its image before the version
	 * commits, so that its first render already shows the image.
	 */
	public int insertFixtureAtbdWithImage(TestOutputStore store) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			int atbd = AptFixtures.insertFixtureAtbd(connection);
			store.putImage(atbd, AptFixtures.FULL_MOON_KEY, AptFixtures.fullMoonImage(), "image/jpeg");
			connection.commit();
			return atbd;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Inserts an ATBD with version 1.0 holding {@code documentJson} (any JSON, even
	 * {@code null}), and stores its images before the version commits, so that its first
	 * render sees them.
	 */
	public int insertAtbd(String alias, String documentJson, Map<String, byte[]> images, TestOutputStore store) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			int atbd = jdbc.sql("""
					INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
					VALUES (:title, :alias, 'pressroom-tests', 'pressroom-tests') RETURNING id
					""").param("title", "Case " + alias).param("alias", alias).query(Integer.class).single();
			images.forEach((key, bytes) -> store.putImage(atbd, key, bytes, "application/octet-stream"));
			jdbc.sql(
					"""
							INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by,
							                               owner)
							VALUES (:atbd, 1, 0, 'DRAFT', :document::json, 'pressroom-tests', 'pressroom-tests', 'pressroom-tests')
							""")
				.param("atbd", atbd)
				.param("document", documentJson)
				.update();
			connection.commit();
			return atbd;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Replaces the whole introduction with one paragraph; works whatever the document
	 * held before.
	 */
	public void setIntroduction(int atbdId, int major, String text) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions
				SET document = jsonb_set(coalesce(document::jsonb, '{}'), '{introduction}', jsonb_build_object(
				    'children', jsonb_build_array(jsonb_build_object('type', 'p',
				        'children', jsonb_build_array(jsonb_build_object('text', :text::text))))))::json
				WHERE atbd_id = :atbdId AND major = :major
				""").param("text", text).param("atbdId", atbdId).param("major", major).update();
	}

	/**
	 * Replaces the introduction with {@code count} numbered paragraphs of {@code text}: a
	 * long document.
	 */
	public void setIntroductionParagraphs(int atbdId, int major, int count, String text) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions
				SET document = jsonb_set(coalesce(document::jsonb, '{}'), '{introduction}', jsonb_build_object(
				    'children', (SELECT jsonb_agg(jsonb_build_object('type', 'p', 'children', jsonb_build_array(
				                     jsonb_build_object('text', :text::text || ' ' || i))))
				                 FROM generate_series(1, :count) AS i)))::json
				WHERE atbd_id = :atbdId AND major = :major
				""").param("text", text).param("count", count).param("atbdId", atbdId).param("major", major).update();
	}

	/**
	 * Inserts {@code count} ATBDs with one small version each, every version linked to
	 * one of {@code contacts} new contacts (round robin), so that a contact edit changes
	 * several versions. Returns the ATBD ids.
	 */
	public List<Integer> insertVersionsSharingContacts(int count, int contacts) {
		List<Integer> atbds = this.jdbc
			.sql("""
					WITH atbds AS (
					    INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
					    SELECT 'Fault test ATBD ' || i, 'fault-test-' || i, 'pressroom-tests', 'pressroom-tests'
					    FROM generate_series(1, :count) AS i
					    RETURNING id)
					INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by, owner)
					SELECT id, 1, 0, 'DRAFT', '{"introduction": {"children": [{"type": "p",
					        "children": [{"text": "Not edited yet."}]}]}}'::json, 'pressroom-tests', 'pressroom-tests',
					       'pressroom-tests'
					FROM atbds
					RETURNING atbd_id
					""")
			.param("count", count)
			.query(Integer.class)
			.list();
		List<Integer> contactIds = this.jdbc.sql("""
				INSERT INTO apt.contacts (first_name, last_name)
				SELECT 'Shared', 'Contact ' || i FROM generate_series(1, :contacts) AS i
				RETURNING id
				""").param("contacts", contacts).query(Integer.class).list();
		for (int i = 0; i < atbds.size(); i++) {
			linkContact(atbds.get(i), 1, contactIds.get(i % contactIds.size()));
		}
		return atbds.stream().sorted().toList();
	}

	/** The contacts linked to any of the given ATBDs' versions. */
	public List<Integer> contactsOf(List<Integer> atbds) {
		return this.jdbc.sql("""
				SELECT DISTINCT contact_id FROM apt.atbd_versions_contacts WHERE atbd_id IN (:atbds) ORDER BY 1
				""").param("atbds", atbds).query(Integer.class).list();
	}

	/** Replaces the text of the introduction's first paragraph. */
	public void setFirstIntroductionParagraph(int atbdId, int major, String text) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions
				SET document = jsonb_set(document::jsonb, '{introduction,children,0,children}',
				                         jsonb_build_array(jsonb_build_object('text', :text::text)))::json
				WHERE atbd_id = :atbdId AND major = :major
				""").param("text", text).param("atbdId", atbdId).param("major", major).update();
	}

	public void touchWithoutChangingContent(int atbdId, int major) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions SET last_updated_at = last_updated_at + interval '1 second',
				                             locked_by = 'someone'
				WHERE atbd_id = :atbdId AND major = :major
				""").param("atbdId", atbdId).param("major", major).update();
	}

	public void renameContact(int contactId, String lastName) {
		this.jdbc.sql("UPDATE apt.contacts SET last_name = :lastName WHERE id = :id")
			.param("lastName", lastName)
			.param("id", contactId)
			.update();
	}

	public void linkContact(int atbdId, int major, int contactId) {
		this.jdbc.sql("""
				INSERT INTO apt.atbd_versions_contacts (atbd_id, major, contact_id, roles)
				VALUES (:atbdId, :major, :contactId, '{Investigator}')
				""").param("atbdId", atbdId).param("major", major).param("contactId", contactId).update();
	}

	public void deleteVersion(int atbdId, int major) {
		this.jdbc.sql("DELETE FROM apt.atbd_versions WHERE atbd_id = :atbdId AND major = :major")
			.param("atbdId", atbdId)
			.param("major", major)
			.update();
	}

	public int pendingChangeRequests() {
		return this.jdbc.sql("SELECT count(*) FROM pressroom.change_requests WHERE revision > dispatched_revision")
			.query(Integer.class)
			.single();
	}

	public int serializationCount(int atbdId, int major) {
		return this.jdbc.sql("SELECT count(*) FROM pressroom.serialization WHERE atbd_id = :atbdId AND major = :major")
			.param("atbdId", atbdId)
			.param("major", major)
			.query(Integer.class)
			.single();
	}

	/** The states of every render job JobRunr holds for the version, oldest first. */
	public List<String> renderJobStates(int atbdId, int major) {
		return this.jdbc.sql("""
				SELECT state FROM pressroom.jobrunr_jobs
				WHERE jobSignature LIKE '%RenderRequestHandler%' AND jobAsJson LIKE :version
				ORDER BY createdAt
				""")
			.param("version", "%\"atbdId\":" + atbdId + ",\"major\":" + major + ",%")
			.query(String.class)
			.list();
	}

	public int renderJobCount() {
		return this.jdbc
			.sql("SELECT count(*) FROM pressroom.jobrunr_jobs WHERE jobSignature LIKE '%RenderRequestHandler%'")
			.query(Integer.class)
			.single();
	}

}
