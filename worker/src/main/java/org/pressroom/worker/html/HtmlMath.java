package org.pressroom.worker.html;

import org.jsoup.nodes.Element;
import org.pressroom.worker.latex.EquationAllowList;
import org.pressroom.worker.outline.Warnings;

/**
 * Equations as math elements for KaTeX, which typesets them in the reader's browser (see {@link HtmlWriter}). Each
 * passes the PDF's allow-list first: one the PDF refuses is a placeholder here too, with the same warning, so the
 * two renderings agree. The element's text is the LaTeX between \( \) or \[ \] (pandoc's convention), which stays
 * readable where no script runs.
 */
final class HtmlMath {

	static final String PLACEHOLDER = "[equation not rendered]";

	private final HtmlRendering rendering;

	private final EquationAllowList allowList = new EquationAllowList();

	HtmlMath(HtmlRendering rendering) {
		this.rendering = rendering;
	}

	void inline(String source, Element parent, String where) {
		append(source, parent, where, false);
	}

	void display(String source, Element parent, String where) {
		append(source, parent, where, true);
	}

	private void append(String source, Element parent, String where, boolean display) {
		if (source.isBlank()) {
			return;
		}
		EquationAllowList.Checked checked = this.allowList.check(source);
		Element math = parent.appendElement(display ? "div" : "span");
		if (!checked.isAccepted()) {
			this.rendering.warn(Warnings.equationRejected(where, checked.rejection(), source));
			math.addClass("placeholder").text(PLACEHOLDER);
			return;
		}
		math.addClass("math")
			.addClass(display ? "display" : "inline")
			.text(display ? "\\[" + checked.source() + "\\]" : "\\(" + checked.source() + "\\)");
	}

}
