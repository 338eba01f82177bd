package org.pressroom.core.checksum;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON canonically: object keys sorted at every depth, no insignificant
 * whitespace. Two trees with the same content give the same bytes however APT ordered its
 * keys.
 */
public final class CanonicalJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.disable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private CanonicalJson() {
	}

	public static byte[] write(JsonNode tree) {
		return MAPPER.writeValueAsBytes(tree);
	}

}
