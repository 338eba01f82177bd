package org.pressroom.app.render;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds APT documents and their Slate rich text for tests, node by node. */
final class SlateJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private SlateJson() {
	}

	/** A document whose introduction holds these blocks. */
	static ObjectNode introduction(List<? extends JsonNode> blocks) {
		ObjectNode document = JSON.objectNode();
		document.set("introduction", richText(blocks));
		return document;
	}

	static ObjectNode richText(List<? extends JsonNode> blocks) {
		ObjectNode richText = JSON.objectNode();
		richText.putArray("children").addAll(blocks);
		return richText;
	}

	static ObjectNode text(String text) {
		return JSON.objectNode().put("text", text);
	}

	static ObjectNode element(String type, List<? extends JsonNode> children) {
		ObjectNode element = JSON.objectNode().put("type", type);
		ArrayNode array = element.putArray("children");
		array.addAll(children.isEmpty() ? List.of(text("")) : children);
		return element;
	}

	static ObjectNode p(JsonNode... children) {
		return element("p", List.of(children));
	}

	static ObjectNode p(String text) {
		return p(text(text));
	}

	static ObjectNode equation(String latex) {
		return element("equation", List.of(text(latex)));
	}

	static ObjectNode inlineEquation(String latex) {
		return element("equation-inline", List.of(text(latex)));
	}

	static ObjectNode link(String url, String text) {
		return element("a", List.of(text(text))).put("url", url);
	}

	static ObjectNode ref(String refId) {
		return element("ref", List.of()).put("refId", refId);
	}

	static ObjectNode image(String objectKey, String caption) {
		ObjectNode img = element("img", List.of()).put("objectKey", objectKey);
		return element("image-block", List.of(img, element("caption", List.of(text(caption)))));
	}

	static ObjectNode list(String type, List<? extends JsonNode> items) {
		return element(type, items);
	}

	static ObjectNode item(JsonNode... blocks) {
		return element("li", List.of(blocks));
	}

	static ObjectNode table(List<List<String>> rows, String caption) {
		List<ObjectNode> tableRows = rows.stream()
			.map((row) -> element("tr", row.stream().map((cell) -> element("td", List.of(p(cell)))).toList()))
			.toList();
		return element("table-block", List.of(element("table", tableRows), element("caption", List.of(text(caption)))));
	}

	static ObjectNode reference(String id, String title) {
		return JSON.objectNode().put("id", id).put("title", title).put("authors", "Doe, J.").put("year", "2020");
	}

}
