package org.pressroom.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.testing.TestDatabase.DatabaseDetails;

/**
 * Data written the way APT's own fixture_data/testData.sql is loads with psql, as APT's
 * setup.sh runs it (search_path apt, psql variables), into the schema V1 creates on an
 * empty database, and the triggers record every version it wrote. psql commits, so on a
 * database of this test's own.
 */
class AptStyleDataIT {

	@Test
	void aptStyleTestDataLoadsWithPsqlAndEveryVersionIsRecorded(@TempDir Path dir) throws Exception {
		DatabaseDetails database = MigratedDatabase.own("apt_style_data");
		Path data = dir.resolve("apt-style-data.sql");
		try (InputStream resource = AptStyleDataIT.class.getResourceAsStream("apt-style-data.sql")) {
			Files.copy(resource, data);
		}

		Process psql = psql(database, data, "owner_sub", "0a1b-owner", "author_sub", "2c3d-author", "reviewer_sub",
				"4e5f-reviewer");

		assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(psql.exitValue()).as(new String(psql.getInputStream().readAllBytes())).isZero();
		try (Connection connection = database.connect()) {
			Sql sql = new Sql(connection);
			assertThat(sql.count("apt.atbd_versions")).isEqualTo(2);
			assertThat(sql.count("apt.comments")).isEqualTo(1);
			assertThat(sql.strings("SELECT status::text FROM apt.atbd_versions ORDER BY major"))
				.containsExactly("PUBLISHED", "DRAFT");
			assertThat(sql.pendingVersions()).containsExactly("1/1", "1/2");
		}
	}

	private static Process psql(DatabaseDetails database, Path script, String... variables) throws IOException {
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

}
