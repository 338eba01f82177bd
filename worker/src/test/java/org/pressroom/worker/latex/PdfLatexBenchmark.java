package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;

/**
 * pdflatex time for the GEDI document (ATBD 2 of the 2021 dump): a full build in a fresh
 * folder against one pass with the preamble format and the previous build's .aux, .toc
 * and .out; prints medians, asserts nothing. Not a *Test or *IT, so only run on request:
 * {@code mvn -B -o -pl worker test -Dtest=PdfLatexBenchmark}.
 */
class PdfLatexBenchmark {

	private static final int RUNS = 7;

	private final PdfLatex pdfLatex = new PdfLatex(Duration.ofSeconds(60));

	@TempDir
	Path dir;

	@Test
	void printsFullBuildAgainstOnePassWithFormatAndPreviousFiles() throws IOException {
		VersionSnapshot gedi = AptDocuments.beta1Versions()
			.stream()
			.filter((version) -> version.key().atbdId() == 2)
			.findFirst()
			.orElseThrow();
		LatexSource latex = new LatexWriter(1000).write(AptDocuments.read(gedi));
		long start = System.nanoTime();
		Path format = new PreambleFormat(this.dir.resolve("formats"), Duration.ofSeconds(60))
			.forPreamble(latex.preamble())
			.orElseThrow();
		System.out.printf("Format built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		AuxCache cache = new AuxCache(this.dir, 10);
		List<Long> full = new ArrayList<>();
		List<Long> formatOnly = new ArrayList<>();
		List<Long> fast = new ArrayList<>();
		List<Integer> fastPasses = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			PdfResult clean = this.pdfLatex.compile(job("full-" + run, latex), "document.tex");
			full.add(clean.elapsed().toMillis());
			formatOnly
				.add(this.pdfLatex.compile(job("format-" + run, latex), "document.tex", format).elapsed().toMillis());
			Path job = job("fast-" + run, latex);
			if (run == 0) {
				cache.save("2-1", clean.pdf().getParent(), "document");
			}
			cache.restore("2-1", job, "document");
			PdfResult onePass = this.pdfLatex.compile(job, "document.tex", format);
			fast.add(onePass.elapsed().toMillis());
			fastPasses.add(onePass.passes());
		}
		System.out.printf("GEDI full build (no format, fresh folder, %d passes): median %d ms of %s%n",
				this.pdfLatex.compile(job("passes", latex), "document.tex").passes(), median(full), full);
		System.out.printf("GEDI with format, fresh folder: median %d ms of %s%n", median(formatOnly), formatOnly);
		System.out.printf("GEDI with format and previous .aux (passes %s): median %d ms of %s%n", fastPasses,
				median(fast), fast);
		cache.close();
	}

	private Path job(String name, LatexSource latex) throws IOException {
		Path job = Files.createDirectories(this.dir.resolve(name));
		Files.writeString(job.resolve("document.tex"), latex.tex());
		return job;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
