package org.pressroom.core.document;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds the images a Slate document refers to: every {@code img} node's
 * {@code objectKey}.
 */
final class ImageKeys {

	private ImageKeys() {
	}

	static Set<String> in(JsonNode document) {
		Set<String> keys = new LinkedHashSet<>();
		collect(document, keys);
		return keys;
	}

	private static void collect(JsonNode node, Set<String> keys) {
		if (node.isObject()) {
			JsonNode objectKey = node.get("objectKey");
			if ("img".equals(node.path("type").asString(null)) && objectKey != null && objectKey.isString()
					&& !objectKey.asString().isBlank()) {
				keys.add(objectKey.asString());
			}
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				collect(child, keys);
			}
		}
	}

}
