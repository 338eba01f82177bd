package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The files of a previous build, kept per document in a temporary folder. */
class AuxCacheTest {

	@TempDir
	Path dir;

	@Test
	void restoresTheFilesOfTheLastSavedBuild() throws IOException {
		try (AuxCache cache = new AuxCache(this.dir, 10)) {
			Path first = job("first", "aux 1", "toc 1", "out 1");
			Path second = job("second", "aux 2", "toc 2", null);
			cache.save("2-1", first, "document");
			cache.save("2-1", second, "document");
			Path next = Files.createDirectories(this.dir.resolve("next"));

			assertThat(cache.restore("2-1", next, "document")).isTrue();

			assertThat(next.resolve("document.aux")).hasContent("aux 2");
			assertThat(next.resolve("document.toc")).hasContent("toc 2");
			assertThat(next.resolve("document.out")).as("not left over from the first build").doesNotExist();
		}
	}

	@Test
	void restoresNothingForAnotherVersion() throws IOException {
		try (AuxCache cache = new AuxCache(this.dir, 10)) {
			cache.save("2-1", job("first", "aux", "toc", "out"), "document");
			Path next = Files.createDirectories(this.dir.resolve("next"));

			assertThat(cache.restore("2-2", next, "document")).isFalse();
			assertThat(next).isEmptyDirectory();
		}
	}

	@Test
	void forgetsTheLeastRecentlyUsedVersionBeyondItsSize() throws IOException {
		try (AuxCache cache = new AuxCache(this.dir, 2)) {
			Path job = job("job", "aux", "toc", "out");
			Path next = Files.createDirectories(this.dir.resolve("next"));
			cache.save("1-1", job, "document");
			cache.save("2-1", job, "document");
			cache.restore("1-1", next, "document");
			cache.save("3-1", job, "document");

			assertThat(cache.restore("1-1", next, "document")).isTrue();
			assertThat(cache.restore("2-1", next, "document")).isFalse();
			assertThat(cache.restore("3-1", next, "document")).isTrue();
		}
	}

	@Test
	void removesItsFolderWhenClosed() throws IOException {
		AuxCache cache = new AuxCache(this.dir.resolve("work"), 2);
		cache.save("1-1", job("job", "aux", "toc", "out"), "document");
		assertThat(this.dir.resolve("work")).isNotEmptyDirectory();

		cache.close();

		assertThat(this.dir.resolve("work")).isEmptyDirectory();
	}

	@Test
	void acceptsOnlyKeysThatNameAFolderInside() {
		try (AuxCache cache = new AuxCache(this.dir, 2)) {
			assertThatIllegalArgumentException().isThrownBy(() -> cache.restore("../x", this.dir, "document"));
			assertThatIllegalArgumentException().isThrownBy(() -> cache.save("..", this.dir, "document"));
		}
	}

	private Path job(String name, String aux, String toc, String out) throws IOException {
		Path job = Files.createDirectories(this.dir.resolve(name));
		Files.writeString(job.resolve("document.aux"), aux);
		Files.writeString(job.resolve("document.toc"), toc);
		if (out != null) {
			Files.writeString(job.resolve("document.out"), out);
		}
		return job;
	}

}
