package org.pressroom.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqlScriptTest {

	@Test
	void splitsStatementsAndCopyBlocksAndSkipsCommentsAndMetaCommands() {
		SqlScript script = SqlScript.parse("""
				--
				-- PostgreSQL database dump
				--
				\\restrict abc123
				SET statement_timeout = 0;
				SELECT pg_catalog.set_config('search_path', '',
				    false);

				COPY apt.contacts (id, first_name) FROM stdin;
				1\tAda;
				2\tGrace
				\\.

				UPDATE apt.contacts SET first_name = 'x'
				""");

		assertThat(script.steps()).containsExactly(new SqlScript.Sql("SET statement_timeout = 0;"),
				new SqlScript.Sql("SELECT pg_catalog.set_config('search_path', '',\n    false);"),
				new SqlScript.Copy("COPY apt.contacts (id, first_name) FROM stdin", "1\tAda;\n2\tGrace\n"),
				new SqlScript.Sql("UPDATE apt.contacts SET first_name = 'x'"));
		assertThat(script.changesSettings()).isTrue();
	}

	@Test
	void copyOnlyScriptChangesNoSettings() {
		SqlScript script = SqlScript.parse("COPY t (a) FROM stdin;\n1\n\\.\n");

		assertThat(script.steps()).containsExactly(new SqlScript.Copy("COPY t (a) FROM stdin", "1\n"));
		assertThat(script.changesSettings()).isFalse();
	}

	@Test
	void rejectsCopyDataWithoutTerminator() {
		assertThatIllegalArgumentException().isThrownBy(() -> SqlScript.parse("COPY t (a) FROM stdin;\n1\n"));
	}

}
