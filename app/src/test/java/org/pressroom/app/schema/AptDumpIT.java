package org.pressroom.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.app.IntegrationTest;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.TestDatabase;

/** APT's own pg_dump files load with psql into a database Flyway made, unedited. */
class AptDumpIT extends IntegrationTest {

	@Test
	void beta1DumpLoadsWithPsqlUnedited(@TempDir Path dir) throws Exception {
		Path dump = dir.resolve("beta1-prod-data.sql");
		try (InputStream resource = AptFixtures.class.getResourceAsStream("apt/beta1-prod-data.sql")) {
			Files.copy(resource, dump);
		}

		Process psql = psql(dump);

		assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(psql.exitValue()).as(new String(psql.getInputStream().readAllBytes())).isZero();
		assertThat(count("apt.atbds")).isEqualTo(3);
		assertThat(count("apt.atbd_versions")).isEqualTo(3);
		assertThat(count("apt.contacts")).isEqualTo(5);
		assertThat(count("apt.atbd_versions_contacts")).isEqualTo(5);
		assertThat(this.jdbc.sql("SELECT status FROM apt.atbd_versions ORDER BY atbd_id").query(String.class).list())
			.containsOnly("Draft");
	}

	private static Process psql(Path dump) throws IOException {
		TestDatabase.DatabaseDetails database = TestDatabase.get();
		URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
		ProcessBuilder builder = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
				url.getHost(), "-p", Integer.toString(url.getPort()), "-U", database.user(), "-d",
				url.getPath().substring(1), "-f", dump.toString()))
			.redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", database.password());
		return builder.start();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

}
