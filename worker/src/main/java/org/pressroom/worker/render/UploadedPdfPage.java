package org.pressroom.worker.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;

/**
 * The HTML of a PDF-type version: its title block, its contacts and a link to the PDF
 * (the upload, served as the version's {@code /pdf} next to this page's {@code /html}).
 * Every database string goes in through jsoup's {@code text} and {@code attr}, never
 * parsed as markup; no inline script or style, as the app serves the page under a
 * Content-Security-Policy.
 */
final class UploadedPdfPage {

	/**
	 * Relative to the page's own URL ({@code .../versions/{major}/html}): the version's
	 * PDF.
	 */
	static final String PDF_LINK = "pdf";

	private UploadedPdfPage() {
	}

	static String write(VersionSnapshot version) {
		String title = (version.title() != null) ? version.title().strip() : "";
		Document page = Document.createShell("");
		page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
		page.selectFirst("html").attr("lang", "en");
		page.head().appendElement("meta").attr("charset", "utf-8");
		page.head()
			.appendElement("meta")
			.attr("name", "viewport")
			.attr("content", "width=device-width, initial-scale=1");
		page.title(title);
		page.head().appendElement("link").attr("rel", "icon").attr("href", "data:,");
		page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/pressroom/document.css");
		Element header = page.body().appendElement("header");
		header.appendElement("h1").text(title);
		header.appendElement("p").addClass("version").text("Version " + version.key().major() + "." + version.minor());
		String doi = (version.doi() != null) ? version.doi().strip() : "";
		if (!doi.isEmpty()) {
			header.appendElement("p").addClass("doi").text("DOI: " + doi);
		}
		Element main = page.body().appendElement("main");
		main.appendElement("p")
			.addClass("uploaded-pdf")
			.appendText("This document is published as a PDF: ")
			.appendElement("a")
			.attr("href", PDF_LINK)
			.attr("type", "application/pdf")
			.text("open the PDF");
		contacts(version.contacts(), main);
		return "<!DOCTYPE html>\n" + page.html();
	}

	private static void contacts(List<Contact> contacts, Element main) {
		if (contacts.isEmpty()) {
			return;
		}
		Element section = main.appendElement("section").id("contacts");
		section.appendElement("h2").text("Contacts");
		Element list = section.appendElement("ul").addClass("contacts");
		for (Contact contact : contacts) {
			Element item = list.appendElement("li");
			item.appendElement("strong").text(contact.fullName());
			if (!contact.roles().isEmpty()) {
				item.appendText(" (" + String.join(", ", contact.roles()) + ")");
			}
			for (String affiliation : contact.affiliations()) {
				item.appendElement("br");
				item.appendText(affiliation);
			}
			for (Contact.Mechanism mechanism : contact.mechanisms()) {
				item.appendElement("br");
				item.appendText(mechanism.type() + ": " + mechanism.value());
			}
		}
	}

}
