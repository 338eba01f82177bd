package org.pressroom.worker.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;
import org.pressroom.worker.document.Warnings;

/**
 * The images of a page, each embedded once however often it is shown (one 564 KB image
 * used 1,000 times once made a page too large for a Java string, issue #12): an image
 * shown once is an {@code <img>} with a data: URI; one shown more often is an SVG
 * {@code <symbol>} in a hidden {@code <svg>} at the top of the page, which each figure
 * shows with {@code <use href="#…">}, markup alone, no script. A data: URI is only ever
 * one this page built from the image's bytes and its checked format (PNG or JPEG); a PDF
 * figure, which browsers do not show in a page, and an unavailable image are
 * placeholders.
 */
final class HtmlImages {

	private final Map<String, String> uris;

	private final Map<String, Integer> uses;

	private final Map<String, String> symbols = new HashMap<>();

	private final List<String> warnings;

	private Element body;

	private Element definitions;

	/**
	 * @param uris the data: URI of each available image, by objectKey
	 * @param uses how many figures show each objectKey
	 * @param warnings where the page's warnings go
	 */
	HtmlImages(Map<String, String> uris, Map<String, Integer> uses, List<String> warnings) {
		this.uris = uris;
		this.uses = uses;
		this.warnings = warnings;
	}

	/**
	 * Where the symbols go: the hidden {@code <svg>} is made there when the first one is
	 * needed.
	 */
	void definitionsIn(Element body) {
		this.body = body;
	}

	void figure(Block.Figure figure, Element parent, String where, String alt) {
		Element element = parent.appendElement("figure");
		Image image = figure.image();
		String uri = this.uris.get(image.objectKey());
		if (image.isAvailable() && image.format() == ImageFormat.PDF) {
			this.warnings.add(Warnings.pdfOnlyImage(where, image.objectKey()));
			element.appendElement("div")
				.addClass("placeholder")
				.text("Image shown in the PDF only: " + image.objectKey());
		}
		else if (image.isAvailable() && uri != null && isImageUri(uri)) {
			if (this.uses.getOrDefault(image.objectKey(), 1) > 1 && image.width() > 0 && image.height() > 0) {
				String viewBox = "0 0 " + image.width() + " " + image.height();
				element.appendElement("svg")
					.addClass("image")
					.attr("viewBox", viewBox)
					.attr("width", String.valueOf(image.width()))
					.attr("height", String.valueOf(image.height()))
					.attr("role", "img")
					.attr("aria-label", alt)
					.appendElement("use")
					.attr("href", "#" + symbol(image, uri, viewBox));
			}
			else {
				element.appendElement("img").attr("src", uri).attr("alt", alt);
			}
		}
		else {
			element.appendElement("div").addClass("placeholder").text("Image not available: " + image.objectKey());
		}
	}

	/** The id of the image's symbol, defined on first use. */
	private String symbol(Image image, String uri, String viewBox) {
		String id = this.symbols.get(image.objectKey());
		if (id != null) {
			return id;
		}
		if (this.definitions == null) {
			this.definitions = this.body.prependElement("svg")
				.addClass("image-definitions")
				.attr("width", "0")
				.attr("height", "0")
				.attr("aria-hidden", "true");
		}
		id = "image-" + (this.symbols.size() + 1);
		this.definitions.appendElement("symbol")
			.id(id)
			.attr("viewBox", viewBox)
			.appendElement("image")
			.attr("href", uri)
			.attr("width", String.valueOf(image.width()))
			.attr("height", String.valueOf(image.height()));
		this.symbols.put(image.objectKey(), id);
		return id;
	}

	private static boolean isImageUri(String uri) {
		return uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,");
	}

}
