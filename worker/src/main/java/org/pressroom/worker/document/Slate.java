package org.pressroom.worker.document;

import tools.jackson.databind.JsonNode;

/**
 * Reading APT's Slate JSON defensively: any key may be missing or null, a leaf may be
 * {@code {}}, and a value that should be a string may be a number.
 */
final class Slate {

	private Slate() {
	}

	/** The node's element type, or "" for a text leaf. */
	static String type(JsonNode node) {
		return string(node.path("type"));
	}

	/** A scalar's text; "" for null, missing, objects and arrays. */
	static String string(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
			return "";
		}
		return node.isString() ? node.stringValue() : node.asString();
	}

	/**
	 * The concatenated text of every leaf under the node, e.g. an equation's LaTeX or a
	 * heading.
	 */
	static String plainText(JsonNode node) {
		StringBuilder text = new StringBuilder();
		collectText(node, text);
		return text.toString();
	}

	/** The element's first child of this type, or {@code null}. */
	static JsonNode child(JsonNode element, String type) {
		for (JsonNode child : element.path("children")) {
			if (child.isObject() && type(child).equals(type)) {
				return child;
			}
		}
		return null;
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
