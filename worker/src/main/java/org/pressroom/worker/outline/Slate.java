package org.pressroom.worker.outline;

import tools.jackson.databind.JsonNode;

/**
 * Reading APT's Slate JSON defensively: any key may be missing or null, a leaf may be {@code {}}, and a value that
 * should be a string may be a number.
 */
public final class Slate {

	private Slate() {
	}

	/** The node's element type, or "" for a text leaf. */
	public static String type(JsonNode node) {
		return string(node.path("type"));
	}

	/** A scalar's text; "" for null, missing, objects and arrays. */
	public static String string(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
			return "";
		}
		return node.isString() ? node.stringValue() : node.asString();
	}

	/** The concatenated text of every leaf under the node, e.g. an equation's LaTeX or a heading. */
	public static String plainText(JsonNode node) {
		StringBuilder text = new StringBuilder();
		collectText(node, text);
		return text.toString();
	}

	/** True when the rich text shows nothing: no non-blank text, equation, image, table cell text or citation. */
	public static boolean isBlank(JsonNode node) {
		if (node == null || !node.isContainer()) {
			return node == null || string(node).isBlank();
		}
		String type = type(node);
		if (type.equals("img")) {
			return string(node.path("objectKey")).isBlank();
		}
		if (type.equals("ref")) {
			return string(node.path("refId")).isBlank();
		}
		if (!string(node.path("text")).isBlank()) {
			return false;
		}
		for (JsonNode child : node.isArray() ? node : node.path("children")) {
			if (!isBlank(child)) {
				return false;
			}
		}
		return true;
	}

	private static void collectText(JsonNode node, StringBuilder text) {
		if (node == null || !node.isContainer()) {
			return;
		}
		text.append(string(node.path("text")));
		for (JsonNode child : node.isArray() ? node : node.path("children")) {
			collectText(child, text);
		}
	}

}
