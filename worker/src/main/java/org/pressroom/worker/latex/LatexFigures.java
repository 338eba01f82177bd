package org.pressroom.worker.latex;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Image;

/**
 * Figures. At the top of a section a figure floats, its caption in the same float; in a
 * list or a table cell it is a minipage. An image that is not available, or that stopped
 * pdflatex before, is a placeholder. Images are named relative to the job folder, where
 * pdflatex runs and may read (openin_any=p): the .tex names no path of the worker. A
 * caption longer than {@value #MAX_CAPTION} characters is set as a paragraph below the
 * image: a float or a caption box cannot break across pages, and TeX stops on one taller
 * than 16,383 pt ("Dimension too large").
 */
final class LatexFigures {

	static final int MAX_CAPTION = 2_000;

	private static final String GRAPHIC = "\\includegraphics[width=\\linewidth,height=0.4\\textheight,keepaspectratio]{";

	private final LatexRendering rendering;

	private final LatexInlines inlines;

	LatexFigures(LatexRendering rendering, LatexInlines inlines) {
		this.rendering = rendering;
		this.inlines = inlines;
	}

	void figure(Block.Figure figure, Place place) {
		LatexOut out = this.rendering.out;
		Block.Caption caption = figure.caption();
		boolean longCaption = caption != null && caption.plain().length() > MAX_CAPTION;
		int from = out.line();
		if (place.nested() || longCaption) {
			out.append("\\par\\noindent\\begin{minipage}{\\linewidth}\\centering\n");
			graphic(figure.image());
			out.append("\n");
			if (caption != null && !longCaption) {
				// longtable redefines \caption, which \captionof calls, inside its cells.
				caption(caption, place.withinTable() ? "\\par\\textit{"
						: "\\captionof{figure}[" + this.rendering.shortForm(caption) + "]{", place);
			}
			out.append("\\end{minipage}\\par\n\n");
			if (longCaption) {
				out.append("\\refstepcounter{figure}\\noindent\\figurename~\\thefigure: ");
				this.inlines.write(caption.content(), place);
				out.append("\\par\n\n");
			}
		}
		else {
			out.append("\\begin{figure}[htbp]\n\\centering\n");
			graphic(figure.image());
			out.append("\n");
			if (caption != null) {
				caption(caption, "\\caption[" + this.rendering.shortForm(caption) + "]{", place);
			}
			out.append("\\end{figure}\n\n");
		}
		this.rendering.map.figure(figure.image().objectKey(), figure.image().file(), from, out.line());
	}

	/** A caption command and the caption, recorded as an argument TeX reads whole. */
	private void caption(Block.Caption caption, String command, Place place) {
		LatexOut out = this.rendering.out;
		int from = out.line();
		int equations = this.rendering.equationsSoFar();
		out.append(command);
		this.inlines.write(caption.content(), place.inline());
		out.append("}\n");
		this.rendering.argument(equations, from, out.line());
	}

	private void graphic(Image image) {
		if (this.rendering.includes(image)) {
			this.rendering.out.append(GRAPHIC + image.file() + "}");
		}
		else {
			String key = image.objectKey();
			key = (key.length() > 200) ? key.substring(0, 197) + "..." : key;
			this.rendering.out.append("\\imageplaceholder{" + this.rendering.text.escape(key) + "}");
		}
	}

}
