package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pressroom.worker.latex.AuxCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Removes what workers that died left in the work directory (a killed worker never runs
 * its cleanup) when a worker starts. Several workers may share the folder: job folders go
 * only when far older than any render can last (ten times the pdflatex limit), aux caches
 * ({@code pressroom-aux-*}) when no JVM holds the lock on their
 * {@link AuxCache#OWNER_LOCK} any more, which the kernel releases when the JVM dies
 * (issue #12). An aux cache without that file (made by an older version, perhaps still
 * running) is left alone.
 */
@Component
class AbandonedJobFolders {

	private static final Logger log = LoggerFactory.getLogger(AbandonedJobFolders.class);

	/**
	 * {@code pressroom-{atbd}-{major}-{random}}, as RenderJob names them; not the format
	 * or aux caches.
	 */
	private static final Pattern JOB_FOLDER = Pattern.compile("pressroom-\\d+-\\d+-\\d+");

	/** As {@link AuxCache} names its folder. */
	private static final Pattern AUX_CACHE = Pattern.compile("pressroom-aux-\\d+");

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
		List<Path> caches = removeAuxCaches();
		if (!caches.isEmpty()) {
			log.info("Removed {} aux caches of workers that died: {}", caches.size(), caches);
		}
	}

	/** The aux cache folders whose JVM is gone. */
	List<Path> removeAuxCaches() {
		if (!Files.isDirectory(this.workDirectory)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(this.workDirectory)) {
			return folders.filter((folder) -> AUX_CACHE.matcher(folder.getFileName().toString()).matches())
				.filter(AbandonedJobFolders::ownerIsGone)
				.filter(AbandonedJobFolders::delete)
				.toList();
		}
		catch (IOException ex) {
			log.warn("Could not look for abandoned aux caches in {}: {}", this.workDirectory, ex.toString());
			return List.of();
		}
	}

	/**
	 * Whether the folder's owner lock can be taken, so that no JVM holds it: its owner
	 * died.
	 */
	private static boolean ownerIsGone(Path folder) {
		Path lock = folder.resolve(AuxCache.OWNER_LOCK);
		if (!Files.isRegularFile(lock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock taken = channel.tryLock();
			if (taken == null) {
				return false;
			}
			taken.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			// This JVM's own cache.
			return false;
		}
		catch (IOException ex) {
			return false;
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
