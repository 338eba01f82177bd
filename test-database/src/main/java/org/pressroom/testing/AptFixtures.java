package org.pressroom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * APT's own fixtures (Apache-2.0, see {@code apt/LICENSE}) for a database with APT's
 * schema at sqitch HEAD: the beta1 production dump of 2021 (ATBDs 2, 3 and 4, five
 * contacts) and a test document with every node type, whose image is
 * {@link #fullMoonImage()}. Each load runs in one transaction, or in the caller's when
 * auto-commit is off.
 */
public final class AptFixtures {

	public static final String FIXTURE_TITLE = "Pressroom test fixture: every node type";

	public static final String FIXTURE_ALIAS = "pressroom-test-fixture";

	/** The {@code objectKey} of the fixture document's only image. */
	public static final String FULL_MOON_KEY = "fullmoon.jpg";

	/**
	 * Where the dump's tables of 2021 are loaded before they are copied into APT's
	 * schema.
	 */
	private static final String LEGACY_SCHEMA = "pressroom_legacy_apt";

	private AptFixtures() {
	}

	/**
	 * Loads the dump the way APT's own data reached sqitch HEAD: into tables of the 2021
	 * shape (status Draft, a changelog column, roles as text;
	 * {@code db/legacy/legacy-apt-tables.sql}), COPY blocks through PgJDBC's CopyManager
	 * as psql would, then through {@code db/legacy/copy-legacy-apt.sql}, which applies
	 * what APT's later migrations did to such data and moves the id sequences past the
	 * dump's explicit ids.
	 */
	public static void loadBeta1Dump(Connection connection) throws SQLException {
		SqlScript script = SqlScript.parse(new String(resource("beta1-prod-data.sql"), StandardCharsets.UTF_8));
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		inTransaction(connection, () -> {
			execute(connection, legacySql("legacy-apt-tables.sql"));
			for (SqlScript.Step step : script.steps()) {
				if (step instanceof SqlScript.Copy block) {
					copyIn(copy, new SqlScript.Copy(
							block.sql().replaceFirst("^COPY apt\\.", "COPY " + LEGACY_SCHEMA + "."), block.data()));
				}
				else {
					execute(connection, ((SqlScript.Sql) step).sql());
				}
			}
			if (script.changesSettings()) {
				// psql's session ends with the dump; a pooled connection would keep
				// pg_dump's empty search_path
				execute(connection, "RESET ALL");
			}
			execute(connection, legacySql("copy-legacy-apt.sql"));
			return null;
		});
	}

	/**
	 * Only the dump's COPY blocks, into the tables they name: for a database whose tables
	 * still have the dump's 2021 shape (one that Pressroom created before it followed
	 * APT's sqitch schema).
	 */
	public static void copyBeta1DumpData(Connection connection) throws SQLException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (SqlScript.Step step : SqlScript.parse(beta1DumpSql()).steps()) {
			if (step instanceof SqlScript.Copy block) {
				copyIn(copy, block);
			}
		}
	}

	/**
	 * Inserts the fixture ATBD with version 1.0 (DRAFT) holding
	 * {@link #testFixtureDocument()} and one contact.
	 */
	public static int insertFixtureAtbd(Connection connection) throws SQLException {
		return inTransaction(connection, () -> {
			int atbd = insertReturningId(connection, FixtureSql.ATBD, FIXTURE_TITLE, FIXTURE_ALIAS);
			try (PreparedStatement version = connection.prepareStatement(FixtureSql.VERSION)) {
				version.setInt(1, atbd);
				version.setString(2, testFixtureDocument());
				version.executeUpdate();
			}
			int contact = insertReturningId(connection, FixtureSql.CONTACT);
			try (PreparedStatement link = connection.prepareStatement(FixtureSql.VERSION_CONTACT)) {
				link.setInt(1, atbd);
				link.setInt(2, contact);
				link.executeUpdate();
			}
			return atbd;
		});
	}

	/**
	 * APT's document_test_fixture.json: a document with every Slate node type APT's
	 * editor produces.
	 */
	public static String testFixtureDocument() {
		return new String(resource("document_test_fixture.json"), StandardCharsets.UTF_8);
	}

	/**
	 * APT's 2021 production dump as SQL text, for tests that look at its content rather
	 * than load it.
	 */
	public static String beta1DumpSql() {
		return new String(resource("beta1-prod-data.sql"), StandardCharsets.UTF_8);
	}

	/** The JPEG the fixture document shows under {@link #FULL_MOON_KEY}. */
	public static byte[] fullMoonImage() {
		return resource("fullmoon.jpg");
	}

	private static int insertReturningId(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				insert.setString(i + 1, parameters[i]);
			}
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				return id.getInt(1);
			}
		}
	}

	private static void copyIn(CopyManager copy, SqlScript.Copy block) throws SQLException {
		try {
			copy.copyIn(block.sql(), new StringReader(block.data()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the data of " + block.sql(), ex);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
		if (!connection.getAutoCommit()) {
			return work.run();
		}
		connection.setAutoCommit(false);
		try {
			T result = work.run();
			connection.commit();
			return result;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/**
	 * A script of the migrations module; PgJDBC runs several statements, dollar-quoted
	 * ones too, in one call.
	 */
	private static String legacySql(String name) {
		try (InputStream in = AptFixtures.class.getResourceAsStream("/db/legacy/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource db/legacy/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = AptFixtures.class.getResourceAsStream("apt/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource org/pressroom/testing/apt/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Work<T> {

		T run() throws SQLException;

	}

}
