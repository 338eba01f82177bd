package org.pressroom.core.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContentChecksumTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RENDERER = "a".repeat(64);

	@Test
	void ignoresKeyOrderAndWhitespaceOfAptJson() {
		VersionSnapshot a = version(json("{\"abstract\": {\"children\": []}, \"key_points\": \"x\"}"), List.of());
		VersionSnapshot b = version(json("{\"key_points\":\"x\",\"abstract\":{\"children\":[]}}"), List.of());

		assertThat(checksum(a)).isEqualTo(checksum(b));
	}

	@Test
	void writesSortedCompactJson() {
		CanonicalDocument document = ContentChecksum
			.of(version(json("{\"b\": 1, \"a\": {\"d\": 2, \"c\": 3}}"), List.of()), Map.of(), RENDERER);

		assertThat(document.jsonText()).contains("\"document\":{\"a\":{\"c\":3,\"d\":2},\"b\":1}")
			.doesNotContain(" ")
			.startsWith("{\"alias\":");
		assertThat(document.checksum()).hasSize(64).isEqualTo(ContentChecksum.sha256(document.json()));
	}

	@Test
	void changesWithContactsRolesAndAffiliations() {
		Contact contact = new Contact(1, "Hao", null, "Tang", null, List.of(), List.of("Investigator"), List.of());
		Contact renamed = new Contact(1, "Hao", null, "Tang-Li", null, List.of(), List.of("Investigator"), List.of());
		Contact newRole = new Contact(1, "Hao", null, "Tang", null, List.of(), List.of("Science contact"), List.of());
		JsonNode document = json("{}");

		assertThat(checksum(version(document, List.of(contact))))
			.isNotEqualTo(checksum(version(document, List.of(renamed))))
			.isNotEqualTo(checksum(version(document, List.of(newRole))))
			.isNotEqualTo(checksum(version(document, List.of())));
	}

	@Test
	void changesWithImageVersionAndRerenderRequest() {
		VersionSnapshot version = version(json("{}"), List.of());
		VersionSnapshot rerender = new VersionSnapshot(version.key(), 0, "T", "t", "DRAFT", null, null,
				version.document(), Instant.parse("2026-11-28T10:00:00Z"), List.of(), 7);

		assertThat(ContentChecksum.of(version, Map.of("moon.jpg", "\"etag-1\""), RENDERER).checksum())
			.isNotEqualTo(ContentChecksum.of(version, Map.of("moon.jpg", "\"etag-2\""), RENDERER).checksum());
		assertThat(checksum(rerender)).isNotEqualTo(checksum(version));
	}

	@Test
	void ignoresTheChangeRevision() {
		VersionSnapshot version = version(json("{}"), List.of());
		VersionSnapshot later = new VersionSnapshot(version.key(), 0, "T", "t", "DRAFT", null, null, version.document(),
				null, List.of(), 99);

		assertThat(checksum(later)).isEqualTo(checksum(version));
	}

	@Test
	void changesWithTheRendererVersion() {
		VersionSnapshot version = version(json("{}"), List.of());

		assertThat(ContentChecksum.of(version, Map.of(), "b".repeat(64)).checksum()).isNotEqualTo(checksum(version));
	}

	private static String checksum(VersionSnapshot version) {
		return ContentChecksum.of(version, Map.of(), RENDERER).checksum();
	}

	private static VersionSnapshot version(JsonNode document, List<Contact> contacts) {
		return new VersionSnapshot(new VersionKey(2, 1), 0, "T", "t", "DRAFT", null, null, document, null, contacts, 1);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
