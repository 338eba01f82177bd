package org.pressroom.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for tests of SQL: statements with positional parameters on one connection.
 */
record Sql(Connection connection) {

	int update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	/** The first column of every row, as text. */
	List<String> strings(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

	long number(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			if (!rows.next()) {
				throw new IllegalStateException("no row from " + sql);
			}
			return rows.getLong(1);
		}
	}

	long count(String table) throws SQLException {
		return number("SELECT count(*) FROM " + table);
	}

	/** Change requests not dispatched yet, as "atbd/major". */
	List<String> pendingVersions() throws SQLException {
		return strings("""
				SELECT atbd_id || '/' || major FROM pressroom.change_requests
				WHERE revision > dispatched_revision ORDER BY atbd_id, major
				""");
	}

	void markAllDispatched() throws SQLException {
		update("UPDATE pressroom.change_requests SET dispatched_revision = revision");
	}

	private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = this.connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
