package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.checksum.ContentChecksum;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputStore;
import org.pressroom.worker.document.AptDocuments;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real renders of the GEDI document: PDF and HTML side by side, the second one from the
 * first one's files.
 */
class DocumentRendererIT {

	@TempDir
	Path workDir;

	@Test
	void rendersPdfAndHtmlAndRendersTheSameVersionAgainFromItsLastBuild() throws IOException {
		VersionSnapshot gedi = AptDocuments.beta1Versions()
			.stream()
			.filter((version) -> version.key().atbdId() == 2)
			.findFirst()
			.orElseThrow();
		assertThat(gedi.imageKeys()).as("no S3 needed").isEmpty();
		VersionContent content = new VersionContent(gedi, ContentChecksum.of(gedi, Map.of(), "0".repeat(64)));
		RenderProperties properties = new RenderProperties(this.workDir, Duration.ofSeconds(60),
				DataSize.ofMegabytes(20), 200, 50_000_000, 10, DataSize.ofMegabytes(100), 1000,
				DataSize.ofMegabytes(200));
		try (DocumentRenderer renderer = new DocumentRenderer(new ImageFetcher(new OutputStore(null, null), properties),
				properties)) {
			RenderedDocument first = renderer.render(content, Files.createDirectories(this.workDir.resolve("job-1")));
			RenderedDocument second = renderer.render(content, Files.createDirectories(this.workDir.resolve("job-2")));

			for (RenderedDocument rendered : new RenderedDocument[] { first, second }) {
				assertThat(rendered.timings()).containsOnlyKeys("images", "tex", "pdf", "html");
				assertThat(rendered.timings().keySet()).containsExactly("images", "tex", "pdf", "html");
				assertThat(rendered.pdf()).isRegularFile();
				assertThat(Files.readString(rendered.html())).contains("<nav class=\"toc\"");
			}
			assertThat(second.warnings()).isEqualTo(first.warnings());
			assertThat(Files.readAllBytes(second.pdf())).isEqualTo(Files.readAllBytes(first.pdf()));
			assertThat(Files.readString(second.pdf().resolveSibling("document.log")))
				.as("compiled with the preamble format")
				.contains("format=pressroom");
			System.out.printf("GEDI render, first: %s; again: %s%n", first.timings(), second.timings());
		}
		try (var left = Files.list(this.workDir)) {
			assertThat(left.map((path) -> path.getFileName().toString()))
				.as("the aux cache is gone once the renderer is closed")
				.containsExactlyInAnyOrder("job-1", "job-2", "pressroom-formats");
		}
	}

}
