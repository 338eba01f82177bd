package org.pressroom.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AptFixturesTest {

	@Test
	void fixtureDocumentShowsTheFullMoonImage() {
		assertThat(AptFixtures.testFixtureDocument()).contains("\"objectKey\": \"" + AptFixtures.FULL_MOON_KEY + "\"");
	}

	@Test
	void fullMoonImageIsAJpeg() {
		byte[] image = AptFixtures.fullMoonImage();

		assertThat(image).hasSizeGreaterThan(100_000).startsWith((byte) 0xFF, (byte) 0xD8);
	}

	@Test
	void beta1DumpCopiesTheFourAptTablesInForeignKeyOrder() throws Exception {
		String dump;
		try (InputStream in = AptFixtures.class.getResourceAsStream("apt/beta1-prod-data.sql")) {
			dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(SqlScript.parse(dump).steps()).extracting((step) -> ((SqlScript.Copy) step).sql().split(" ")[1])
			.containsExactly("apt.atbds", "apt.atbd_versions", "apt.contacts", "apt.atbd_versions_contacts");
	}

}
