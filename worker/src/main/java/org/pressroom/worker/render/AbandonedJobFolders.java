package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Removes the job folders of workers that died mid-render (a killed worker never runs its cleanup) when a worker
 * starts. Several workers may share the folder, so only folders far older than any render can last go: ten times
 * the pdflatex limit.
 */
@Component
class AbandonedJobFolders {

	private static final Logger log = LoggerFactory.getLogger(AbandonedJobFolders.class);

	/** {@code pressroom-{atbd}-{major}-{random}}, as RenderJob names them; not the format or aux caches. */
	private static final Pattern JOB_FOLDER = Pattern.compile("pressroom-\\d+-\\d+-\\d+");

	private final Path workDirectory;

	private final Duration abandonedAfter;

	private final Clock clock;

	AbandonedJobFolders(RenderProperties properties, Clock clock) {
		this.workDirectory = properties.workDirectory();
		this.abandonedAfter = properties.pdflatexTimeout().multipliedBy(10);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void removeOnStart() {
		List<Path> removed = remove();
		if (!removed.isEmpty()) {
			log.info("Removed {} job folders abandoned by workers that died: {}", removed.size(), removed);
		}
	}

	List<Path> remove() {
		if (!Files.isDirectory(this.workDirectory)) {
			return List.of();
		}
		Instant cutoff = this.clock.instant().minus(this.abandonedAfter);
		try (Stream<Path> folders = Files.list(this.workDirectory)) {
			return folders.filter((folder) -> JOB_FOLDER.matcher(folder.getFileName().toString()).matches())
				.filter((folder) -> modifiedBefore(folder, cutoff))
				.filter(AbandonedJobFolders::delete)
				.toList();
		}
		catch (IOException ex) {
			log.warn("Could not look for abandoned job folders in {}: {}", this.workDirectory, ex.toString());
			return List.of();
		}
	}

	private static boolean modifiedBefore(Path folder, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean delete(Path folder) {
		try {
			return FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			log.warn("Could not remove abandoned job folder {}: {}", folder, ex.toString());
			return false;
		}
	}

}
