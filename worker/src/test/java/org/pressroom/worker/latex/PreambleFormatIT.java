package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real pdflatex runs with a precompiled preamble: the same documents as a full build, the
 * same sandbox.
 */
class PreambleFormatIT {

	private final PdfLatex pdfLatex = new PdfLatex(Duration.ofSeconds(60));

	@TempDir
	Path dir;

	@Test
	void buildsTheSameTextAndPagesWithTheFormatAndWithThePreviousBuildsFiles() throws IOException {
		PreambleFormat formats = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60));
		List<VersionSnapshot> versions = new ArrayList<>(List.of(AptDocuments.fixtureVersion()));
		versions.addAll(AptDocuments.beta1Versions());
		for (VersionSnapshot version : versions) {
			String name = "atbd-" + version.key().atbdId() + "-" + version.key().major();
			LatexSource latex = new LatexWriter(1000).write(AptDocuments.read(version));
			Path format = formats.forPreamble(latex.preamble()).orElseThrow();

			Built full = build(latex, name + "-full", null, null);
			Built withFormat = build(latex, name + "-format", format, null);
			Built onePass = build(latex, name + "-again", format, withFormat.folder());

			assertThat(full.result().passes()).as(name).isGreaterThanOrEqualTo(2);
			assertThat(withFormat.result().passes()).as(name).isEqualTo(full.result().passes());
			assertThat(onePass.result().passes()).as(name).isEqualTo(1);
			for (Built build : List.of(withFormat, onePass)) {
				assertThat(build.result().warnings()).as(name).isEqualTo(full.result().warnings());
				assertThat(build.pages()).as(name).isEqualTo(full.pages());
				assertThat(build.text()).as(name).isEqualTo(full.text());
			}
		}
	}

	@Test
	void movesTheTableOfContentsWhenASectionIsAdded() throws IOException {
		PreambleFormat formats = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60));
		LatexSource before = new LatexWriter(1000).write(AptDocuments.read(AptDocuments.fixtureVersion()));
		Path format = formats.forPreamble(before.preamble()).orElseThrow();
		Built previous = build(before, "before", format, null);
		// Same preamble, different sections: the previous build's contents are wrong for
		// this one.
		String edited = before.tex()
			.replaceFirst("\\\\clearpage\n",
					"\\\\clearpage\n\\\\section{A section added by an edit}\\\\label{added}\n\nNew text.\n");
		LatexSource added = new LatexSource(edited, before.preamble(), List.of(), before.map());

		Built reused = build(added, "after", format, previous.folder());
		Built clean = build(added, "clean", null, null);

		assertThat(edited).isNotEqualTo(before.tex());
		assertThat(reused.result().passes()).isEqualTo(2);
		assertThat(reused.text()).isEqualTo(clean.text());
		assertThat(reused.pages()).isEqualTo(clean.pages());
		String contents = reused.text().substring(0, reused.text().indexOf("A section added by an edit") + 100);
		assertThat(PdfText.squash(contents)).as("listed in the contents")
			.contains(PdfText.squash("1 A section added by an edit"));
	}

	@Test
	void buildsANewFormatForAChangedPreamble() throws IOException {
		PreambleFormat formats = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60));
		String preamble = new LatexWriter(1000).write(AptDocuments.read(AptDocuments.fixtureVersion())).preamble();

		Path first = formats.forPreamble(preamble).orElseThrow();
		Path again = formats.forPreamble(preamble).orElseThrow();
		Path changed = formats.forPreamble(preamble + "\\usepackage{xspace}\n").orElseThrow();

		assertThat(again).isEqualTo(first);
		assertThat(changed).isNotEqualTo(first).isRegularFile();
		assertThat(first).isRegularFile();
		assertThat(new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60)).forPreamble(preamble))
			.as("another JVM finds the format built")
			.contains(first);
		Files.delete(first);
		assertThat(formats.forPreamble(preamble)).as("built again when deleted").contains(first);
		assertThat(first).isRegularFile();
	}

	@Test
	void fallsBackToTheFullPreambleWhenTheFormatCannotBeBuilt() throws IOException {
		PreambleFormat formats = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60));
		String broken = "\\documentclass{article}\n\\usepackage{no-such-package-here}\n";

		Optional<Path> format = formats.forPreamble(broken);

		assertThat(format).isEmpty();
		assertThat(formats.forPreamble(broken)).as("not tried again").isEmpty();
		try (var left = Files.list(this.dir.resolve("formats"))) {
			assertThat(left).as("no build folder left behind").isEmpty();
		}
		Files.writeString(this.dir.resolve("plain.tex"), broken.replace("\\usepackage{no-such-package-here}\n", "")
				+ "\\begin{document}\nStill fine.\n\\end{document}\n");
		assertThat(PdfText.of(this.pdfLatex.compile(this.dir, "plain.tex", format.orElse(null)).pdf()))
			.contains("Still fine.");
	}

	@Test
	void refusesToReadFilesOutsideTheJobFolderWithTheFormat() throws IOException {
		PreambleFormat formats = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60));
		String preamble = new LatexWriter(1000).write(AptDocuments.read(AptDocuments.fixtureVersion())).preamble();
		Path format = formats.forPreamble(preamble).orElseThrow();
		Path job = Files.createDirectories(this.dir.resolve("job"));
		Files.writeString(job.resolve("escape.tex"), preamble
				+ "\\csname endofdump\\endcsname\n\\begin{document}\n\\input{/etc/hostname}\n\\end{document}\n");
		int line = (int) preamble.lines().count() + 3;

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(job, "escape.tex", format))
			.satisfies((ex) -> assertThat(ex.errors().get(0)).isEqualTo(new LatexError("escape.tex", line,
					"LaTeX Error: File `/etc/hostname.tex' not found.", "\\input{/etc/hostname}")));
		assertThat(Files.readString(job.resolve("escape.log"))).contains("format=pressroom");
	}

	private Built build(LatexSource latex, String name, Path format, Path previous) throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve(name));
		Files.writeString(folder.resolve("document.tex"), latex.tex());
		if (previous != null) {
			for (String extension : PdfLatex.PASS_FILES) {
				Files.copy(previous.resolve("document" + extension), folder.resolve("document" + extension));
			}
		}
		PdfResult result = this.pdfLatex.compile(folder, "document.tex", format);
		return new Built(folder, result, PdfText.of(result.pdf()), PdfText.pages(result.pdf()));
	}

	private record Built(Path folder, PdfResult result, String text, int pages) {
	}

}
