package org.pressroom.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pg_dump plain-text script split the way psql reads it: each
 * {@code COPY ... FROM stdin;} with its data lines up to {@code \.}, and every other
 * statement up to a line ending in {@code ;}. Comments and blank lines between statements
 * and psql meta-commands ({@code \connect}, pg_dump 17's {@code \restrict}) are skipped.
 * Enough for pg_dump's output, not a SQL lexer: a string literal with a line ending in
 * ";" would end its statement early.
 */
record SqlScript(List<Step> steps) {

	private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)COPY\\s.+\\sFROM\\s+stdin\\s*;");

	private static final Pattern CHANGES_SETTINGS = Pattern.compile("(?is)(SET\\s.*|.*\\bset_config\\s*\\(.*)");

	static SqlScript parse(String text) {
		List<Step> steps = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		Iterator<String> lines = text.lines().iterator();
		while (lines.hasNext()) {
			String line = lines.next();
			if (statement.isEmpty() && (line.isBlank() || line.startsWith("--") || line.startsWith("\\"))) {
				continue;
			}
			statement.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				steps.add(step(statement.toString().strip(), lines));
				statement.setLength(0);
			}
		}
		if (!statement.toString().isBlank()) {
			steps.add(new Sql(statement.toString().strip()));
		}
		return new SqlScript(List.copyOf(steps));
	}

	/**
	 * Whether a statement changes session settings (pg_dump empties search_path, for
	 * one).
	 */
	boolean changesSettings() {
		return this.steps.stream()
			.anyMatch((step) -> step instanceof Sql sql && CHANGES_SETTINGS.matcher(sql.sql()).matches());
	}

	private static Step step(String sql, Iterator<String> lines) {
		if (!COPY_FROM_STDIN.matcher(sql).matches()) {
			return new Sql(sql);
		}
		StringBuilder data = new StringBuilder();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.equals("\\.")) {
				return new Copy(sql.substring(0, sql.length() - 1).strip(), data.toString());
			}
			data.append(line).append('\n');
		}
		throw new IllegalArgumentException("No \\. after the data of " + sql);
	}

	sealed interface Step permits Sql, Copy {

	}

	/** A statement to execute as it is. */
	record Sql(String sql) implements Step {

	}

	/**
	 * {@code COPY ... FROM stdin} (without the semicolon) and its data in COPY's text
	 * format.
	 */
	record Copy(String sql, String data) implements Step {

	}

}
