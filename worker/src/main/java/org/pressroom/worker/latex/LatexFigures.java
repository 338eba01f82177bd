package org.pressroom.worker.latex;

import java.nio.file.Path;
import java.util.Locale;

import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Image blocks as figures. pdflatex reads PNG, JPEG and PDF; a file whose first bytes say otherwise, or whose path
 * holds characters TeX would misread, becomes a placeholder with a warning, as does an image that was not fetched.
 * Paths are absolute: pdflatex runs in the job folder and may read only below it (openin_any=p, TEXMFOUTPUT).
 */
final class LatexFigures {

	private static final String GRAPHIC = "\\includegraphics"
			+ "[width=\\linewidth,height=0.4\\textheight,keepaspectratio]{";

	private final LatexRendering rendering;

	private final LatexInline inline;

	LatexFigures(LatexRendering rendering, LatexInline inline) {
		this.rendering = rendering;
		this.inline = inline;
	}

	/** An image-block ([img, caption]) or a bare img. */
	void image(JsonNode block, Place place, StringBuilder out) {
		JsonNode img = Slate.type(block).equals("img") ? block : child(block, "img");
		JsonNode caption = child(block, "caption");
		String objectKey = Slate.string(img.path("objectKey")).strip();
		String graphic = graphic(objectKey, place);
		String captionLatex = caption.isMissingNode() ? "" : this.inline.children(caption, place.inline()).strip();
		String captionPlain = this.rendering.text.escape(Slate.plainText(caption).strip());
		if (place.nested()) {
			out.append("\\par\\noindent\\begin{minipage}{\\linewidth}\\centering\n").append(graphic).append('\n');
			if (!captionLatex.isEmpty() && place.inTable()) {
				// longtable redefines \caption, which \captionof calls, inside its cells.
				out.append("\\par\\textit{").append(captionLatex).append("}\n");
			}
			else if (!captionLatex.isEmpty()) {
				out.append("\\captionof{figure}[").append(captionPlain).append("]{").append(captionLatex).append("}\n");
			}
			out.append("\\end{minipage}\\par\n");
			return;
		}
		out.append("\\begin{figure}[htbp]\n\\centering\n").append(graphic).append('\n');
		if (!captionLatex.isEmpty()) {
			out.append("\\caption[").append(captionPlain).append("]{").append(captionLatex).append("}\n");
		}
		out.append("\\end{figure}\n\n");
	}

	private String graphic(String objectKey, Place place) {
		Path file = this.rendering.images.get(objectKey);
		String shownKey = this.rendering.text.escape(objectKey);
		if (file == null) {
			this.rendering.warn(Warnings.missingImage(place.where(), objectKey));
			return "\\imageplaceholder{" + shownKey + "}";
		}
		String path = file.toAbsolutePath().normalize().toString();
		if (!path.matches("[A-Za-z0-9/._+-]+") || !isReadableFormat(file)) {
			this.rendering.warn(place.where() + ": image \"" + objectKey
					+ "\" is not a PNG, JPEG or PDF file pdflatex can read; a placeholder is shown in the PDF");
			return "\\imageplaceholder{" + shownKey + "}";
		}
		return GRAPHIC + path + "}";
	}

	/** The extension says PNG, JPEG or PDF, and the first bytes agree. */
	private static boolean isReadableFormat(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return ImageFormat.of(file).map((format) -> format.matchesName(name)).orElse(false);
	}

	private static JsonNode child(JsonNode block, String type) {
		for (JsonNode child : block.path("children")) {
			if (Slate.type(child).equals(type)) {
				return child;
			}
		}
		return MissingNode.getInstance();
	}

}
