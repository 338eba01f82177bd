package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real pdflatex runs of hand-written .tex files: errors with their place, what only
 * reaches the console, the sandbox, a run past the time limit. Documents are typeset in
 * {@link PdfTypesetterIT}.
 */
class PdfLatexIT {

	private final PdfLatex pdfLatex = new PdfLatex(Duration.ofSeconds(60));

	@TempDir
	Path jobDir;

	@Test
	void reportsALatexErrorWithFileLineAndSourceLine() throws IOException {
		Files.writeString(this.jobDir.resolve("bad.tex"), """
				\\documentclass{article}
				\\begin{document}
				A first paragraph.

				The canopy \\undefinedcommand{cover} is measured here.
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "bad.tex"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo("LaTeX error: bad.tex:5: Undefined control sequence.");
				assertThat(ex.errors()).containsExactly(new LatexError("bad.tex", 5, "Undefined control sequence.",
						"The canopy \\undefinedcommand{cover} is measured here."));
			});
	}

	@Test
	void reportsAFatalErrorThatOnlyReachesTheConsole() throws IOException {
		Files.writeString(this.jobDir.resolve("long.tex"), "\\documentclass{article}\n\\begin{document}\nShort.\n\n"
				+ "word ".repeat(50_000) + "\n\\end{document}\n");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "long.tex"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(LatexError::message)
				.containsExactly("Unable to read an entire line---bufsize=200000."));
	}

	@Test
	void refusesToReadFilesOutsideTheJobFolder() throws IOException {
		Files.writeString(this.jobDir.resolve("escape.tex"), """
				\\documentclass{article}
				\\begin{document}
				\\input{/etc/hostname}
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "escape.tex"))
			.satisfies((ex) -> assertThat(ex.errors().get(0)).isEqualTo(new LatexError("escape.tex", 3,
					"LaTeX Error: File `/etc/hostname.tex' not found.", "\\input{/etc/hostname}")));
	}

	@Test
	void keepsACanaryOutsideTheJobFolderUnreadEvenByRawTex() throws IOException {
		// Raw TeX that escaping and the allow-list would never let through: the sandbox
		// alone must hold.
		Path outside = Files.createTempDirectory("canary-pressroom-");
		try {
			String marker = "CANARY-" + UUID.randomUUID();
			Path canary = Files.writeString(outside.resolve("canary.tex"), marker + "\n");
			String relative = this.jobDir.toAbsolutePath().relativize(canary.toAbsolutePath()).toString();
			Files.writeString(this.jobDir.resolve("canary.tex"),
					"""
							\\documentclass{article}
							\\begin{document}
							\\newread\\probe
							\\openin\\probe=ABSOLUTE \\ifeof\\probe absolute refused\\else\\read\\probe to\\line absolute read: \\line\\fi
							\\openin\\probe=RELATIVE \\ifeof\\probe relative refused\\else\\read\\probe to\\line relative read: \\line\\fi
							\\IfFileExists{ABSOLUTE}{absolute exists}{absolute hidden}
							\\end{document}
							"""
						.replace("ABSOLUTE", canary.toString())
						.replace("RELATIVE", relative));

			PdfResult result = this.pdfLatex.compile(this.jobDir, "canary.tex");

			String text = PdfText.of(result.pdf());
			assertThat(text).contains("absolute refused", "relative refused", "absolute hidden").doesNotContain(marker);
			assertThat(Files.readString(this.jobDir.resolve("canary.log"))).doesNotContain(marker);
		}
		finally {
			FileSystemUtils.deleteRecursively(outside);
		}
	}

	@Test
	void killsARunPastTheTimeLimit() throws IOException {
		Files.writeString(this.jobDir.resolve("loop.tex"), """
				\\documentclass{article}
				\\begin{document}
				\\loop\\iftrue\\repeat
				\\end{document}
				""");
		long start = System.nanoTime();

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> new PdfLatex(Duration.ofSeconds(2)).compile(this.jobDir, "loop.tex"))
			.withMessageContaining("did not finish within 2000 ms")
			.satisfies((ex) -> assertThat(ex.errors()).isEmpty());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void namesNoPathOfTheJobFolderInErrors() throws IOException {
		Files.createDirectories(this.jobDir.resolve("images"));
		Files.writeString(this.jobDir.resolve("images/image-0.pdf"), "%PDF-1.4\ngarbage, no objects, no xref\n");
		Files.writeString(this.jobDir.resolve("image.tex"), """
				\\documentclass{article}
				\\usepackage{graphicx}
				\\begin{document}
				\\includegraphics{images/image-0.pdf}
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "image.tex"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("images/image-0.pdf").doesNotContain(this.jobDir.toString());
				assertThat(ex.errors()).isNotEmpty()
					.allSatisfy((error) -> assertThat(error.toString() + error.context())
						.doesNotContain(this.jobDir.toString()));
			});
	}

}
