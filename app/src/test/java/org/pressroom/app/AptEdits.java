package org.pressroom.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.pressroom.core.output.OutputStore;
import org.pressroom.testing.AptFixtures;
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
	 * Inserts the fixture with every node type and stores its image before the version commits, so that its
	 * first render already shows the image.
	 */
	public int insertFixtureAtbdWithImage(OutputStore store) {
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
	 * Inserts an ATBD with version 1.0 holding {@code documentJson} (any JSON, even {@code null}), and stores its
	 * images before the version commits, so that its first render sees them.
	 */
	public int insertAtbd(String alias, String documentJson, Map<String, byte[]> images, OutputStore store) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			int atbd = jdbc.sql("""
					INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
					VALUES (:title, :alias, 'pressroom-tests', 'pressroom-tests') RETURNING id
					""").param("title", "Case " + alias).param("alias", alias).query(Integer.class).single();
			images.forEach((key, bytes) -> store.putImage(atbd, key, bytes, "application/octet-stream"));
			jdbc.sql("""
					INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by)
					VALUES (:atbd, 1, 0, 'DRAFT', :document::json, 'pressroom-tests', 'pressroom-tests')
					""").param("atbd", atbd).param("document", documentJson).update();
			connection.commit();
			return atbd;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Replaces the whole introduction with one paragraph; works whatever the document held before. */
	public void setIntroduction(int atbdId, int major, String text) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions
				SET document = jsonb_set(coalesce(document::jsonb, '{}'), '{introduction}', jsonb_build_object(
				    'children', jsonb_build_array(jsonb_build_object('type', 'p',
				        'children', jsonb_build_array(jsonb_build_object('text', :text::text))))))::json
				WHERE atbd_id = :atbdId AND major = :major
				""")
			.param("text", text)
			.param("atbdId", atbdId)
			.param("major", major)
			.update();
	}

	/** Replaces the text of the introduction's first paragraph. */
	public void setFirstIntroductionParagraph(int atbdId, int major, String text) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions
				SET document = jsonb_set(document::jsonb, '{introduction,children,0,children}',
				                         jsonb_build_array(jsonb_build_object('text', :text::text)))::json
				WHERE atbd_id = :atbdId AND major = :major
				""")
			.param("text", text)
			.param("atbdId", atbdId)
			.param("major", major)
			.update();
	}

	public void touchWithoutChangingContent(int atbdId, int major) {
		this.jdbc.sql("""
				UPDATE apt.atbd_versions SET last_updated_at = last_updated_at + interval '1 second',
				                             locked_by = 'someone'
				WHERE atbd_id = :atbdId AND major = :major
				""")
			.param("atbdId", atbdId)
			.param("major", major)
			.update();
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
				""")
			.param("atbdId", atbdId)
			.param("major", major)
			.param("contactId", contactId)
			.update();
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

	public int renderJobCount() {
		return this.jdbc.sql("SELECT count(*) FROM jobrunr_jobs WHERE jobSignature LIKE '%RenderRequestHandler%'")
			.query(Integer.class)
			.single();
	}

}
