package org.pressroom.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: the renderer version follows what renders, so a template, table or renderer
 * class that changes re-renders everything without anyone bumping a number, and a change
 * to what only decides when to render does not.
 */
class RendererFingerprintTest {

	@TempDir
	Path classes;

	@Test
	void followsTemplatesTablesAndRendererClassesButNotTheJobAroundThem() throws IOException {
		write("templates/latex/preamble.tex", "\\usepackage{lmodern}");
		write("org/pressroom/worker/latex/unicode-latex.tsv", "α\t\\alpha");
		write("org/pressroom/worker/html/HtmlWriter.class", "writer v1");
		write("org/pressroom/worker/render/RenderJob.class", "job v1");
		String original = digest();

		write("org/pressroom/worker/render/RenderJob.class", "job v2: a log line moved");
		assertThat(digest()).isEqualTo(original);

		write("templates/latex/preamble.tex", "\\usepackage{lmodern}\\usepackage{microtype}");
		String template = digest();
		assertThat(template).isNotEqualTo(original);

		write("org/pressroom/worker/latex/unicode-latex.tsv", "α\t\\ensuremath{\\alpha}");
		String table = digest();
		assertThat(table).isNotEqualTo(template);

		write("org/pressroom/worker/html/HtmlWriter.class", "writer v2");
		assertThat(digest()).isNotEqualTo(table);
	}

	@Test
	void followsTheTexToolchain() {
		String code = "c".repeat(64);

		assertThat(RendererFingerprint.version(code, "pdfTeX 3.141592653-2.6-1.40.24 (TeX Live 2022/Debian)"))
			.isNotEqualTo(RendererFingerprint.version(code, "pdfTeX 3.141592653-2.6-1.40.25 (TeX Live 2023)"))
			.hasSize(64);
	}

	private String digest() throws IOException {
		try (URLClassLoader loader = new URLClassLoader(new URL[] { this.classes.toUri().toURL() }, null)) {
			return RendererFingerprint.codeDigest(loader);
		}
	}

	private void write(String name, String content) throws IOException {
		Path file = this.classes.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
