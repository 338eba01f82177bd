package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.pressroom.worker.document.Document;
import org.pressroom.worker.document.Section;
import org.pressroom.worker.document.TitleBlock;

/**
 * Writes the LaTeX for one document: the preamble, the same for every document, from
 * {@code templates/latex/preamble.tex}; the front matter (title block, table of contents)
 * from {@code templates/latex/front-matter.tex.mustache} with a LaTeX escaper; then each
 * section by {@link LatexBlocks}, a switch over the document model. The only raw LaTeX
 * that reaches pdflatex is equations, after {@link EquationAllowList}; what cannot be
 * rendered is a visible placeholder. The writer never edits what it wrote: after pdflatex
 * fails on an equation or image, {@link PdfTypesetter} has it write the document again
 * with that one as a placeholder, and the {@link SourceMap} it returns says which lines
 * hold what.
 */
public class LatexWriter {

	private static final String PREAMBLE = resource("/templates/latex/preamble.tex");

	private static final Template FRONT_MATTER = Mustache.compiler()
		.withDelims("<< >>")
		.escapeHTML(false)
		.emptyStringIsFalse(true)
		.defaultValue("")
		.compile(resource("/templates/latex/front-matter.tex.mustache"));

	private static final String[] COMMANDS = { "section", "section", "subsection", "subsubsection" };

	private final int maxPages;

	/**
	 * @param maxPages pdflatex stops with an error past this many pages
	 */
	public LatexWriter(int maxPages) {
		if (maxPages < 1) {
			throw new IllegalArgumentException("maxPages must be at least 1");
		}
		this.maxPages = maxPages;
	}

	public LatexSource write(Document document) {
		return write(document, LatexRendering.Exclusions.NONE);
	}

	LatexSource write(Document document, LatexRendering.Exclusions exclusions) {
		LatexRendering rendering = new LatexRendering(exclusions);
		String front = frontMatter(document.title(), rendering.text);
		LatexBlocks blocks = new LatexBlocks(rendering);
		LatexOut out = rendering.out;
		for (Section section : document.sections()) {
			out.dropTrailingNewlines();
			out.append("\n\n");
			rendering.map.section(out.line(), section.title());
			String command = COMMANDS[Math.min(section.level(), COMMANDS.length - 1)];
			String title = rendering.text.escape(section.title());
			out.append("\\" + command
					+ (section.numbered() ? "{" + title + "}"
							: "*{" + title + "}\\phantomsection\\addcontentsline{toc}{" + command + "}{" + title + "}")
					+ "\\label{" + section.anchor() + "}\n\n");
			blocks.write(section.blocks(), Place.section(section.level()));
		}
		out.dropTrailingNewlines();
		out.append("\n\n\\end{document}\n");
		String head = PREAMBLE + front;
		return new LatexSource(head + out, PREAMBLE, rendering.warnings(),
				rendering.map.shifted((int) head.chars().filter((c) -> c == '\n').count()));
	}

	private String frontMatter(TitleBlock title, LatexText text) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("maxPages", this.maxPages);
		data.put("title", text.escape(title.title()));
		data.put("authors", title.authors().stream().map(text::escape).toList());
		data.put("hasAuthors", !title.authors().isEmpty());
		data.put("authorList", text.escape(String.join(", ", title.authors())));
		data.put("version", text.escape(title.version()));
		data.put("status", text.escape(title.status()));
		data.put("doi", text.escape(title.doi()));
		data.put("doiHref", title.doi().isEmpty() ? "" : LatexUrl.href(title.doiHref()));
		return FRONT_MATTER.execute(data);
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
