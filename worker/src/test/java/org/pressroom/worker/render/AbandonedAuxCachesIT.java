package org.pressroom.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.worker.latex.AuxCache;
import org.springframework.util.unit.DataSize;

/**
 * Issue #12: the aux cache folder of a worker killed with SIGKILL is removed by the next
 * worker start, and no other: not one a live JVM holds (another process, or this one),
 * not one without an owner lock (an older version's). The owner here is a real second
 * JVM, killed as a worker would be.
 */
class AbandonedAuxCachesIT {

	private static final String HOLDER = """
			import java.nio.channels.FileChannel;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;

			public class HoldLock {
				public static void main(String[] args) throws Exception {
					FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.WRITE);
					channel.lock();
					System.out.println("locked");
					System.out.flush();
					Thread.sleep(600_000);
				}
			}
			""";

	@TempDir
	Path work;

	@Test
	void removesTheAuxCacheOfAKilledJvmOnlyOnceThatJvmIsGone() throws Exception {
		Path killed = Files.createDirectory(this.work.resolve("pressroom-aux-111"));
		Files.writeString(killed.resolve("kept.aux"), "\\relax");
		Path older = Files.createDirectory(this.work.resolve("pressroom-aux-222"));
		AbandonedJobFolders folders = new AbandonedJobFolders(
				new RenderProperties(this.work, Duration.ofMinutes(1), DataSize.ofMegabytes(20), 200, 50_000_000L, 200,
						DataSize.ofMegabytes(100), 1000, DataSize.ofMegabytes(200)),
				Clock.systemUTC());
		try (AuxCache mine = new AuxCache(this.work, 10)) {
			Path job = Files.createDirectory(this.work.resolve("job"));
			Files.writeString(job.resolve("document.aux"), "\\relax");
			mine.save("2-1", job, "document");
			Process owner = holdLock(killed.resolve(AuxCache.OWNER_LOCK));
			try {
				folders.removeOnStart();
				assertThat(killed).exists();

				owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				folders.removeOnStart();

				assertThat(killed).doesNotExist();
				assertThat(older).exists();
				assertThat(auxCaches()).hasSize(2).contains(older);
			}
			finally {
				owner.destroyForcibly();
			}
		}
	}

	/** This JVM's cache and the older version's remain. */
	private List<Path> auxCaches() throws IOException {
		try (var folders = Files.list(this.work)) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith("pressroom-aux-")).toList();
		}
	}

	/** A second JVM that takes the lock and waits, as a worker's aux cache does. */
	private Process holdLock(Path lock) throws IOException {
		Path source = Files.writeString(this.work.resolve("HoldLock.java"), HOLDER);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, source.toString(), lock.toString()).redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = output.readLine();
		assertThat(line).as("the lock holder's first line").isEqualTo("locked");
		return process;
	}

}
