package org.pressroom.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.app.IntegrationTest;
import org.pressroom.testing.TestDatabase;

/**
 * Data written the way APT's own fixture_data/testData.sql is loads with psql, as APT's setup.sh runs it (search_path
 * apt, psql variables), into the schema Pressroom creates on an empty database, and every version renders.
 */
class AptDumpIT extends IntegrationTest {

	@Test
	void aptStyleTestDataLoadsWithPsqlAndRenders(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("apt-style-data.sql");
		try (InputStream resource = AptDumpIT.class.getResourceAsStream("apt-style-data.sql")) {
			Files.copy(resource, data);
		}

		Process psql = psql(data, "owner_sub", "0a1b-owner", "author_sub", "2c3d-author", "reviewer_sub", "4e5f-reviewer");

		assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(psql.exitValue()).as(new String(psql.getInputStream().readAllBytes())).isZero();
		assertThat(count("apt.atbd_versions")).isEqualTo(2);
		assertThat(count("apt.comments")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT status::text FROM apt.atbd_versions ORDER BY major").query(String.class).list())
			.containsExactly("PUBLISHED", "DRAFT");
		this.api.awaitState(1, 1, "succeeded", Duration.ofSeconds(60));
		this.api.awaitState(1, 2, "succeeded", Duration.ofSeconds(60));
		assertThat(this.anonymous.get("/api/atbds/continental-drift/versions/1/pdf").statusCode()).isEqualTo(200);
	}

	private static Process psql(Path script, String... variables) throws IOException {
		TestDatabase.DatabaseDetails database = TestDatabase.get();
		URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
		List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
				"postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath() + "?options=--search_path%3Dapt",
				"-U", database.user(), "-f", script.toString()));
		for (int i = 0; i < variables.length; i += 2) {
			command.addAll(List.of("-v", variables[i] + "=" + variables[i + 1]));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", database.password());
		return builder.start();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

}
