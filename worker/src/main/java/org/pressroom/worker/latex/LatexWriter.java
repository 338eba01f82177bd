package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.Bibliography;
import org.pressroom.worker.outline.Links;
import org.pressroom.worker.outline.Outline;
import org.pressroom.worker.outline.Section;
import org.pressroom.worker.outline.StatusLabel;

/**
 * Writes the LaTeX for one ATBD version: the preamble, the same for every document, from
 * {@code templates/latex/preamble.tex}, then the frame (title block, table of contents, sections in APT's order)
 * from {@code templates/latex/document.tex.mustache} with a LaTeX escaper, the section bodies from the Slate
 * JSON by {@link LatexSections}. The only raw LaTeX that reaches pdflatex is equations, after
 * {@link EquationAllowList}; what cannot be rendered becomes a visible placeholder and a warning.
 */
public class LatexWriter {

	private static final String PREAMBLE = resource("/templates/latex/preamble.tex");

	private static final String TEMPLATE = resource("/templates/latex/document.tex.mustache");

	private static final String[] COMMANDS = { "section", "section", "subsection", "subsubsection" };

	/**
	 * Starts the comment line before each section, followed by its title, so that an error's source line can be
	 * placed in a section for editors. A comment, so no character of the title reaches TeX; line breaks in the
	 * title become spaces, as a line break would end the comment.
	 */
	static final String SECTION_MARKER = "%pressroom-section ";

	/**
	 * @param version the version to render
	 * @param images local image files by objectKey, inside the job folder pdflatex runs in; an objectKey without
	 * a file renders as a placeholder with a warning
	 */
	public LatexSource write(VersionSnapshot version, Map<String, Path> images) {
		LatexRendering rendering = new LatexRendering(
				Bibliography.of(version.document().path("publication_references")),
				(images != null) ? images : Map.of());
		List<Section> sections = Outline.of(version);
		sections.forEach((section) -> rendering.anchors.unique(section.anchor()));
		LatexSections bodies = new LatexSections(rendering, version);
		List<Map<String, Object>> sectionData = new ArrayList<>();
		for (Section section : sections) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("command", COMMANDS[Math.min(section.level(), COMMANDS.length - 1)]);
			data.put("numbered", section.numbered());
			data.put("title", section.title());
			data.put("anchor", section.anchor());
			data.put("marker", section.title().replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " "));
			data.put("body", bodies.body(section));
			sectionData.add(data);
		}
		List<String> authors = version.contacts().stream().map(Contact::fullName).filter((n) -> !n.isBlank()).toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", (version.title() != null) ? version.title().strip() : "");
		data.put("authors", authors);
		data.put("hasAuthors", !authors.isEmpty());
		data.put("authorList", String.join(", ", authors));
		data.put("version", version.key().major() + "." + version.minor());
		data.put("status", StatusLabel.of(version.status()));
		String doi = (version.doi() != null) ? version.doi().strip() : "";
		data.put("doi", doi);
		data.put("doiHref", doi.isEmpty() ? "" : LatexUrl.href(Links.doi(doi)));
		data.put("sections", sectionData);
		Template template = Mustache.compiler()
			.withDelims("<< >>")
			.withEscaper(rendering.text::escape)
			.emptyStringIsFalse(true)
			.defaultValue("")
			.compile(TEMPLATE);
		return new LatexSource(PREAMBLE + LatexLines.wrap(template.execute(data)), PREAMBLE, rendering.warnings());
	}

	private static String resource(String name) {
		try (InputStream in = LatexWriter.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
