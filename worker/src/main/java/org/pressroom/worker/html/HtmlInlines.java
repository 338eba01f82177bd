package org.pressroom.worker.html;

import java.util.List;

import org.jsoup.nodes.Element;
import org.pressroom.worker.document.Breaks;
import org.pressroom.worker.document.Equation;
import org.pressroom.worker.document.Inline;
import org.pressroom.worker.document.Marks;

/**
 * Inline content as HTML elements. Every text goes in as a text node and every URL as an
 * attribute value, through jsoup's DOM, never through markup; long tokens get a
 * {@code <wbr>} where {@link Breaks} prefers a break. An equation is a math element for
 * KaTeX with its LaTeX between \( \) (pandoc's convention), readable where no script
 * runs.
 */
final class HtmlInlines implements Inline.Visitor<Void> {

	static final String PLACEHOLDER = "[equation not rendered]";

	private Element parent;

	/** Appends the content to {@code parent}. */
	void write(List<Inline> content, Element parent) {
		Element outer = this.parent;
		this.parent = parent;
		content.forEach((inline) -> inline.accept(this));
		this.parent = outer;
	}

	@Override
	public Void text(Inline.Text text) {
		breakable(marked(text.marks(), this.parent), text.text());
		return null;
	}

	@Override
	public Void lineBreak(Inline.LineBreak lineBreak) {
		this.parent.appendElement("br");
		return null;
	}

	@Override
	public Void link(Inline.Link link) {
		write(link.label(), this.parent.appendElement("a").attr("href", href(link)));
		return null;
	}

	@Override
	public Void citation(Inline.Citation citation) {
		if (citation.resolved()) {
			this.parent.appendElement("a")
				.addClass("citation")
				.attr("href", "#" + citation.anchor())
				.text("[" + citation.number() + "]");
		}
		else {
			this.parent.appendElement("span").addClass("citation").addClass("missing").text("[?]");
		}
		return null;
	}

	@Override
	public Void math(Inline.InlineMath math) {
		math(math.equation(), this.parent, false);
		return null;
	}

	@Override
	public Void unknown(Inline.UnknownInline unknown) {
		write(unknown.content(), this.parent);
		return null;
	}

	/** An equation for KaTeX, or the placeholder when the policy refused it. */
	static void math(Equation equation, Element parent, boolean display) {
		Element math = parent.appendElement(display ? "div" : "span");
		if (!equation.accepted()) {
			math.addClass("placeholder").text(PLACEHOLDER);
			return;
		}
		math.addClass("math")
			.addClass(display ? "display" : "inline")
			.text(display ? "\\[" + equation.typeset() + "\\]" : "\\(" + equation.typeset() + "\\)");
	}

	/**
	 * Appends the text, with a {@code <wbr>} at each preferred break of its long tokens.
	 */
	static void breakable(Element parent, String text) {
		byte[] breaks = Breaks.of(text);
		if (breaks == null) {
			parent.appendText(text);
			return;
		}
		int start = 0;
		for (int i = 1; i < text.length(); i++) {
			if (breaks[i] == Breaks.PREFERRED) {
				parent.appendText(text.substring(start, i)).appendElement("wbr");
				start = i;
			}
		}
		parent.appendText(text.substring(start));
	}

	/**
	 * The href of a link: the reader allows only http, https, ftp, mailto and DOI
	 * targets, and anchors it made; the scheme is checked once more here, as this is
	 * where markup is made.
	 */
	private static String href(Inline.Link link) {
		if (link.internal()) {
			return "#" + link.target();
		}
		String target = link.target();
		return target.matches("(?i)(https?|ftp|mailto):.*") ? target : "#";
	}

	/**
	 * The innermost element for the marks, appended to {@code parent}; {@code parent}
	 * itself if none.
	 */
	private static Element marked(Marks marks, Element parent) {
		Element target = parent;
		target = marks.bold() ? target.appendElement("strong") : target;
		target = marks.italic() ? target.appendElement("em") : target;
		target = marks.underline() ? target.appendElement("u") : target;
		target = marks.superscript() ? target.appendElement("sup") : target;
		target = marks.subscript() ? target.appendElement("sub") : target;
		return target;
	}

}
