package org.pressroom.app.render;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The prose of every paragraph of an APT document, for checking that a PDF shows it: each
 * {@code p} (and caption) anywhere in the document's rich text, cut into runs at what the
 * PDF shows in its own way (inline equations, citations, line breaks), so that each run
 * must appear in the PDF's text as written.
 */
final class Paragraphs {

	private Paragraphs() {
	}

	static List<String> runs(JsonNode document) {
		List<String> runs = new ArrayList<>();
		collect(document, runs);
		return runs.stream().map(String::strip).filter((run) -> !run.isEmpty()).toList();
	}

	private static void collect(JsonNode node, List<String> runs) {
		if (node.isObject()
				&& (node.path("type").asString("").equals("p") || node.path("type").asString("").equals("caption"))) {
			StringBuilder run = new StringBuilder();
			inline(node, run, runs);
			runs.add(run.toString());
			return;
		}
		if (node.isContainer()) {
			node.forEach((child) -> collect(child, runs));
		}
	}

	private static void inline(JsonNode element, StringBuilder run, List<String> runs) {
		for (JsonNode child : element.path("children")) {
			String type = child.path("type").asString("");
			if (type.isEmpty() && child.has("text")) {
				String[] lines = child.path("text").asString("").split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					if (i > 0) {
						cut(run, runs);
					}
					run.append(lines[i]);
				}
			}
			else if (type.equals("equation-inline") || type.equals("equation") || type.equals("ref")) {
				cut(run, runs);
			}
			else {
				inline(child, run, runs);
			}
		}
	}

	private static void cut(StringBuilder run, List<String> runs) {
		runs.add(run.toString());
		run.setLength(0);
	}

}
