package org.pressroom.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestTx;

/**
 * V4's triggers: every change to rendered content leaves a request per affected version,
 * in the writer's own transaction (here a rolled-back one, which holds APT's 2021 dump).
 */
class ChangeRequestTriggersIT {

	private TestTx tx;

	private Sql sql;

	@BeforeEach
	void loadTheDump() throws SQLException {
		this.tx = TestTx.begin(MigratedDatabase.shared());
		this.sql = new Sql(this.tx.connection());
		AptFixtures.loadBeta1Dump(this.tx.connection());
	}

	@AfterEach
	void rollBack() {
		this.tx.close();
	}

	@Test
	void loadingTheDumpRequestsEveryVersion() throws SQLException {
		assertThat(this.sql.pendingVersions()).containsExactly("2/1", "3/1", "4/1");
	}

	@Test
	void contactLinkedToSeveralVersionsMarksThemAll() throws SQLException {
		linkContact(2, 5);
		linkContact(3, 5);
		this.sql.markAllDispatched();

		this.sql.update("UPDATE apt.contacts SET last_name = 'Masekovich' WHERE id = 5");

		assertThat(this.sql.pendingVersions()).containsExactly("2/1", "3/1", "4/1");
	}

	@Test
	void atbdTitleChangeMarksItsVersionsOnly() throws SQLException {
		this.sql.markAllDispatched();

		this.sql.update("UPDATE apt.atbds SET title = 'New title' WHERE id = 4");

		assertThat(this.sql.pendingVersions()).containsExactly("4/1");
	}

	@Test
	void deletingAVersionIsRecordedFromOld() throws SQLException {
		this.sql.markAllDispatched();

		this.sql.update("DELETE FROM apt.atbd_versions WHERE atbd_id = 3 AND major = 1");

		assertThat(this.sql.pendingVersions()).containsExactly("3/1");
	}

	@Test
	void oneStatementOverManyVersionsGivesEachANewRevision() throws SQLException {
		this.sql.markAllDispatched();
		long before = maxRevision();

		this.sql.update("UPDATE apt.atbd_versions SET doi = '10.5067/' || atbd_id");

		assertThat(this.sql.pendingVersions()).containsExactly("2/1", "3/1", "4/1");
		assertThat(this.sql.number("SELECT count(DISTINCT revision) FROM pressroom.change_requests WHERE revision > ?",
				before))
			.isEqualTo(3);
	}

	@Test
	void aRerenderRequestMarksItsVersion() throws SQLException {
		this.sql.markAllDispatched();

		this.sql.update("INSERT INTO pressroom.rerender_requests (atbd_id, major) VALUES (2, 1)");

		assertThat(this.sql.pendingVersions()).containsExactly("2/1");
	}

	@Test
	void writesToBookkeepingNeverTrigger() throws SQLException {
		this.sql.markAllDispatched();
		long revisionBefore = maxRevision();

		this.sql.update("""
				INSERT INTO pressroom.serialization (atbd_id, major, checksum, revision, state, computed_at)
				VALUES (2, 1, repeat('a', 64), 1, 'queued', now())
				""");
		this.sql.update("UPDATE pressroom.serialization SET state = 'succeeded'");
		this.sql.update("UPDATE pressroom.change_requests SET changed_at = now()");

		assertThat(this.sql.pendingVersions()).isEmpty();
		assertThat(maxRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void updateThatChangesNothingStillRecordsARequest() throws SQLException {
		this.sql.markAllDispatched();

		this.sql
			.update("""
					UPDATE apt.atbd_versions SET last_updated_at = last_updated_at + interval '1 second', locked_by = 'someone'
					WHERE atbd_id = 2 AND major = 1
					""");

		assertThat(this.sql.pendingVersions()).containsExactly("2/1");
	}

	@Test
	void aptsOwnRoleWritesWithoutAnyRightOnSchemaPressroom() throws SQLException {
		this.sql.markAllDispatched();
		this.sql.update("SET LOCAL ROLE app_user");

		this.sql.update("UPDATE apt.atbd_versions SET doi = '10.5067/by-app-user' WHERE atbd_id = 2");

		this.sql.update("RESET ROLE");
		assertThat(this.sql.number("SELECT has_schema_privilege('app_user', 'pressroom', 'USAGE')::int")).isZero();
		assertThat(this.sql.pendingVersions()).containsExactly("2/1");
	}

	@Test
	void loadedIdsAdvanceTheSequences() throws SQLException {
		long atbd = this.sql
			.number("INSERT INTO apt.atbds (title, created_by) VALUES ('After the dump', 'tests') RETURNING id");
		long contact = this.sql
			.number("INSERT INTO apt.contacts (first_name, last_name) VALUES ('A', 'B') RETURNING id");

		assertThat(atbd).isEqualTo(5);
		assertThat(contact).isEqualTo(6);
	}

	private void linkContact(int atbd, int contact) throws SQLException {
		this.sql.update("INSERT INTO apt.atbd_versions_contacts (atbd_id, major, contact_id, roles) "
				+ "VALUES (?, 1, ?, '{Investigator}')", atbd, contact);
	}

	private long maxRevision() throws SQLException {
		return this.sql.number("SELECT coalesce(max(revision), 0) FROM pressroom.change_requests");
	}

}
