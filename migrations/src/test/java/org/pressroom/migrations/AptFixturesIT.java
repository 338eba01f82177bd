package org.pressroom.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.pressroom.testing.TestTx;

/**
 * APT's 2021 dump loads into the schema at sqitch HEAD through
 * db/legacy/copy-legacy-apt.sql, which applies what APT's later migrations did to such
 * data; the fixture with every node type goes in after it.
 */
class AptFixturesIT {

	@Test
	void theDumpLoadsAsAptsLaterMigrationsLeftItAndTheSequencesMovePastItsIds() throws SQLException {
		try (TestTx tx = TestTx.begin(MigratedDatabase.shared())) {
			Sql sql = new Sql(tx.connection());
			AptFixtures.loadBeta1Dump(tx.connection());

			assertThat(sql.count("apt.atbds")).isEqualTo(3);
			assertThat(sql.count("apt.atbd_versions")).isEqualTo(3);
			assertThat(sql.count("apt.contacts")).isEqualTo(5);
			assertThat(sql.count("apt.atbd_versions_contacts")).isEqualTo(5);
			assertThat(
					sql.strings("SELECT DISTINCT status::text || ' ' || journal_status::text FROM apt.atbd_versions"))
				.containsExactly("DRAFT NO_PUBLICATION");
			assertThat(sql.strings("SELECT DISTINCT owner = created_by FROM apt.atbd_versions")).containsExactly("t");
			assertThat(sql.number("SELECT count(*) FROM pg_namespace WHERE nspname = 'pressroom_legacy_apt'")).isZero();
			assertThat(sql.number("INSERT INTO apt.atbds (title, created_by) VALUES ('x', 'tests') RETURNING id"))
				.isEqualTo(5);
			assertThat(tx.connection().getAutoCommit()).as("left in the caller's transaction").isFalse();
		}
	}

	@Test
	void theFixtureAtbdGoesInAfterTheDumpWithItsDocumentAndContact() throws SQLException {
		try (TestTx tx = TestTx.begin(MigratedDatabase.shared())) {
			Sql sql = new Sql(tx.connection());
			AptFixtures.loadBeta1Dump(tx.connection());
			int atbd = AptFixtures.insertFixtureAtbd(tx.connection());

			assertThat(atbd).isEqualTo(5);
			assertThat(sql.number("SELECT count(*) FROM apt.atbds WHERE id = ? AND alias = ?", atbd,
					AptFixtures.FIXTURE_ALIAS))
				.isOne();
			assertThat(sql.number("""
					SELECT count(*) FROM apt.atbd_versions
					WHERE atbd_id = ? AND major = 1 AND minor = 0 AND status = 'DRAFT' AND document::jsonb = ?::jsonb
					""", atbd, AptFixtures.testFixtureDocument())).isOne();
			assertThat(sql.number("SELECT count(*) FROM apt.atbd_versions_contacts WHERE atbd_id = ?", atbd)).isOne();
		}
	}

	@Test
	void withAutoCommitOnEachLoadCommitsAsOneTransactionAndAutoCommitStaysOn() throws SQLException {
		DatabaseDetails database = MigratedDatabase.own("fixtures");
		try (Connection connection = database.connect(); Connection other = database.connect()) {
			AptFixtures.loadBeta1Dump(connection);
			AptFixtures.insertFixtureAtbd(connection);

			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(new Sql(other).count("apt.atbd_versions")).as("committed").isEqualTo(4);
		}
	}

}
