package org.pressroom.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class AbandonedJobFoldersTest {

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	@TempDir
	Path work;

	@Test
	void removesOnlyJobFoldersOlderThanTenRenderLimits() throws IOException {
		Path abandoned = folder("pressroom-2-1-4711", Duration.ofMinutes(11));
		Path running = folder("pressroom-2-1-4712", Duration.ofMinutes(9));
		Path formats = folder("pressroom-formats", Duration.ofDays(30));
		Path aux = folder("pressroom-aux-123", Duration.ofDays(30));

		AbandonedJobFolders folders = new AbandonedJobFolders(
				new RenderProperties(this.work, Duration.ofMinutes(1), DataSize.ofMegabytes(20), 200, 50_000_000L, 200,
						DataSize.ofMegabytes(100), 1000, DataSize.ofMegabytes(200)),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(folders.remove()).containsExactly(abandoned);
		assertThat(abandoned).doesNotExist();
		assertThat(running).exists();
		assertThat(formats).exists();
		assertThat(aux).exists();
	}

	private Path folder(String name, Duration age) throws IOException {
		Path folder = Files.createDirectory(this.work.resolve(name));
		Files.writeString(folder.resolve("document.tex"), "left behind");
		Files.setLastModifiedTime(folder, FileTime.from(NOW.minus(age)));
		return folder;
	}

}
