package org.pressroom.app.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * APT's database as an APT deployment has it: schema {@code apt} created by its owner
 * before Pressroom ever connects (APT's sqitch HEAD; {@code db/pressroom/V1} creates the
 * very same schema, which {@code AptSchemaIT} checks against a sqitch deploy's catalog),
 * and written to the way APT's API writes: connected as the owner with
 * {@code search_path=apt,public}, then {@code SET SESSION AUTHORIZATION app_user}, one
 * transaction per request (app/db/db_session.py, app/crud/*.py in NASA-IMPACT/nasa-apt).
 */
final class AptDatabase {

	private final String jdbcUrl;

	private final DataSource owner;

	AptDatabase(String jdbcUrl, String ownerUser, String ownerPassword) {
		this.jdbcUrl = jdbcUrl;
		this.owner = new DriverManagerDataSource(jdbcUrl, ownerUser, ownerPassword);
	}

	/**
	 * Creates APT's schema at sqitch HEAD, as APT's deployment does before Pressroom is
	 * installed.
	 */
	void deploySchema() {
		runAsOwner(resource("/db/pressroom/V1__create_apt_schema_where_absent.sql"));
	}

	/** The schema's catalog, a line per object ({@code apt-catalog.sql}). */
	List<String> catalog() {
		return JdbcClient.create(this.owner)
			.sql(resource("/org/pressroom/app/deployment/apt-catalog.sql"))
			.query(String.class)
			.list();
	}

	/**
	 * Runs SQL (several statements) as APT's database owner, the role that ran sqitch.
	 */
	void runAsOwner(String sql) {
		try (Connection connection = this.owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs SQL as another login role, e.g. Pressroom's. */
	void runAs(String user, String password, String sql) {
		try (Connection connection = new DriverManagerDataSource(this.jdbcUrl, user, password).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One request of APT's API: a transaction as {@code app_user} with APT's search_path,
	 * committed.
	 */
	<T> T asAppUser(AptWork<T> work) {
		try (Connection connection = this.owner.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET search_path = apt, public");
				statement.execute("SET SESSION AUTHORIZATION app_user");
			}
			T result = work.run(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
			connection.commit();
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One UPDATE request of APT's API, with positional parameters; returns the warnings
	 * the server sent with it (PgJDBC attaches them to the statement).
	 */
	List<String> updateAsAppUser(String sql, Object... parameters) {
		try (Connection connection = this.owner.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET search_path = apt, public");
				statement.execute("SET SESSION AUTHORIZATION app_user");
			}
			List<String> warnings = new ArrayList<>();
			try (PreparedStatement update = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					update.setObject(i + 1, parameters[i]);
				}
				update.executeUpdate();
				for (SQLWarning warning = update.getWarnings(); warning != null; warning = warning.getNextWarning()) {
					warnings.add(warning.getMessage());
				}
			}
			connection.commit();
			return warnings;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The SQL of the first fenced block after {@code <!-- marker ... -->} in the README.
	 */
	static String readmeBlock(String marker) {
		try {
			String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
			Matcher block = Pattern
				.compile("<!-- " + Pattern.quote(marker) + "[^>]*-->\\s*```sql\\n(.*?)```", Pattern.DOTALL)
				.matcher(readme);
			if (!block.find()) {
				throw new IllegalStateException("README.md has no <!-- " + marker + " --> block");
			}
			return block.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The statements of a README block, one per {@code ;}-terminated line group, comments
	 * dropped.
	 */
	static List<String> statements(String block) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : block.lines().toList()) {
			String code = line.replaceFirst("--.*$", "").strip();
			if (code.isEmpty()) {
				continue;
			}
			current.append(current.isEmpty() ? "" : " ").append(code);
			if (code.endsWith(";")) {
				statements.add(current.toString());
				current.setLength(0);
			}
		}
		return statements;
	}

	static String resource(String name) {
		try (InputStream in = AptDatabase.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface AptWork<T> {

		T run(JdbcClient jdbc);

	}

}
