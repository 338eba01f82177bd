package org.pressroom.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * The wake-ups of V4 and V5, sent when the writer commits: pressroom_changes for content
 * changes, pressroom_jobs for newly enqueued JobRunr jobs, one per transaction however
 * many rows it wrote. On a database of this class's own, since NOTIFY needs commits.
 */
class NotificationsIT {

	private static DatabaseDetails database;

	private static Connection listener;

	private Connection writer;

	@BeforeAll
	static void listen() throws SQLException {
		database = MigratedDatabase.own("notifications");
		listener = database.connect();
		try (Statement statement = listener.createStatement()) {
			statement.execute("LISTEN pressroom_changes; LISTEN pressroom_jobs");
		}
	}

	@AfterAll
	static void stopListening() throws SQLException {
		listener.close();
	}

	@BeforeEach
	void connect() throws SQLException {
		this.writer = database.connect();
		try (Connection connection = database.connect()) {
			AptFixtures.loadBeta1Dump(connection);
		}
		assertThat(receivedUntilOne(5000)).as("the dump's own notification").containsExactly("pressroom_changes");
	}

	@AfterEach
	void emptyTables() throws SQLException {
		this.writer.close();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts, "
					+ "pressroom.change_requests, pressroom.jobrunr_jobs RESTART IDENTITY CASCADE");
		}
	}

	@Test
	void aContentChangeNotifiesOnceAtCommitHoweverManyVersionsItTouched() throws SQLException {
		this.writer.setAutoCommit(false);
		Sql sql = new Sql(this.writer);
		sql.update("UPDATE apt.atbd_versions SET doi = '10.5067/' || atbd_id");
		sql.update("UPDATE apt.contacts SET last_name = last_name || '!'");
		assertThat(received(300)).as("nothing before the commit").isEmpty();

		this.writer.commit();

		assertThat(receivedOnce()).containsExactly("pressroom_changes");
	}

	@Test
	void aRolledBackChangeNotifiesNobody() throws SQLException {
		this.writer.setAutoCommit(false);
		new Sql(this.writer).update("UPDATE apt.atbd_versions SET doi = 'rolled back'");

		this.writer.rollback();

		assertThat(received(500)).isEmpty();
	}

	@Test
	void anEnqueuedJobNotifiesTheWorkersAndOtherJobStatesDoNot() throws SQLException {
		Sql sql = new Sql(this.writer);
		insertJob(sql, "00000000-0000-0000-0000-000000000001", "SCHEDULED");
		assertThat(received(500)).isEmpty();

		insertJob(sql, "00000000-0000-0000-0000-000000000002", "ENQUEUED");
		assertThat(receivedOnce()).containsExactly("pressroom_jobs");

		sql.update("UPDATE pressroom.jobrunr_jobs SET state = 'ENQUEUED' WHERE state = 'SCHEDULED'");
		assertThat(receivedOnce()).containsExactly("pressroom_jobs");
	}

	private static void insertJob(Sql sql, String id, String state) throws SQLException {
		sql.update("""
				INSERT INTO pressroom.jobrunr_jobs (id, version, jobAsJson, jobSignature, state, createdAt, updatedAt)
				VALUES (?, 1, '{}', 'tests', ?, now(), now())
				""", id, state);
	}

	/**
	 * The first notification within 5 s and any that follow it within 300 ms: a second
	 * one for the same commit would come at once, and the test need not wait seconds to
	 * see it does not.
	 */
	private static List<String> receivedOnce() throws SQLException {
		List<String> channels = new ArrayList<>(receivedUntilOne(5000));
		channels.addAll(received(300));
		return channels;
	}

	/** The channels notified within {@code millis}, in order. */
	private static List<String> received(int millis) throws SQLException {
		return receive(millis, false);
	}

	/** The first notification's channel, as soon as one arrives within {@code millis}. */
	private static List<String> receivedUntilOne(int millis) throws SQLException {
		return receive(millis, true);
	}

	private static List<String> receive(int millis, boolean untilOne) throws SQLException {
		List<String> channels = new ArrayList<>();
		long deadline = System.nanoTime() + millis * 1_000_000L;
		PGConnection pg = listener.unwrap(PGConnection.class);
		long left;
		while ((left = (deadline - System.nanoTime()) / 1_000_000) > 0 && !(untilOne && !channels.isEmpty())) {
			PGNotification[] notifications = pg.getNotifications((int) left);
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					channels.add(notification.getName());
				}
			}
		}
		return channels;
	}

}
