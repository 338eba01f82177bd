package org.pressroom.app.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.worker.latex.PdfLatex;

/**
 * How far the boxes of a rendered document run past their column: the
 * {@code Overfull \hbox (12.3pt too wide)} lines of the log pdflatex writes for a
 * published {@code document.tex}, compiled again here. Images the .tex names are replaced
 * by {@code image}, written beside it, since the worker's job folder is gone.
 */
final class OverfullBoxes {

	private static final Pattern OVERFULL = Pattern.compile("^Overfull \\\\hbox \\((\\d+(?:\\.\\d+)?)pt too wide\\)",
			Pattern.MULTILINE);

	private static final Pattern GRAPHIC = Pattern.compile("(\\\\includegraphics\\[[^\\]]*\\]\\{)([^}]*)\\}");

	private OverfullBoxes() {
	}

	/** The widths by which each overfull box of the log overflows, in points. */
	static List<Double> in(String log) {
		return OVERFULL.matcher(log).results().map((match) -> Double.parseDouble(match.group(1))).toList();
	}

	static DoubleSummaryStatistics ofTex(byte[] tex, byte[] image, Path dir) throws IOException {
		Files.createDirectories(dir.resolve("images"));
		Matcher graphic = GRAPHIC.matcher(new String(tex, StandardCharsets.UTF_8));
		StringBuilder local = new StringBuilder();
		while (graphic.find()) {
			String name = Path.of(graphic.group(2)).getFileName().toString();
			Files.write(dir.resolve("images").resolve(name), image);
			graphic.appendReplacement(local, Matcher.quoteReplacement(graphic.group(1) + "images/" + name + "}"));
		}
		graphic.appendTail(local);
		Files.writeString(dir.resolve("document.tex"), local, StandardCharsets.UTF_8);
		new PdfLatex(Duration.ofSeconds(120)).compile(dir, "document.tex");
		String log = new String(Files.readAllBytes(dir.resolve("document.log")), StandardCharsets.UTF_8);
		return in(log).stream().mapToDouble(Double::doubleValue).summaryStatistics();
	}

}
