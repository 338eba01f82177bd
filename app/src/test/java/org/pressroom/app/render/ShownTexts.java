package org.pressroom.app.render;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Every text of an APT document that a PDF must show as written, for counting what is
 * lost off the page: the paragraph runs ({@link Paragraphs}), the URL and description of
 * every data-access and implementation link, and each reference's title and online
 * resource.
 */
final class ShownTexts {

	private static final List<String> LINK_SECTIONS = List.of("algorithm_implementations", "data_access_input_data",
			"data_access_output_data", "data_access_related_urls");

	private ShownTexts() {
	}

	static List<String> of(JsonNode document) {
		List<String> texts = new ArrayList<>(Paragraphs.runs(document));
		for (String section : LINK_SECTIONS) {
			for (JsonNode link : document.path(section)) {
				add(texts, link.path("url"));
				add(texts, link.path("description"));
			}
		}
		for (JsonNode reference : document.path("publication_references")) {
			add(texts, reference.path("title"));
			add(texts, reference.path("online_resource"));
		}
		return texts;
	}

	private static void add(List<String> texts, JsonNode value) {
		if (value.isString() && !value.asString().isBlank()) {
			texts.add(value.asString().strip());
		}
	}

}
