package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The .aux, .toc and .out of the last successful build of each document (a key such as
 * "2-1" for ATBD 2 version 1), copied into the next build's job folder so that one
 * pdflatex pass suffices when labels and the table of contents did not move;
 * {@link PdfLatex} reruns while they change, so stale files cost a pass, never
 * correctness. The folder belongs to this JVM (workers in other JVMs render the same
 * versions and must not read half-written files), is made on first use and removed on
 * {@link #close()}. It keeps the {@code maxEntries} most recently used documents, a few
 * kilobytes each. Failing to read or write it is logged, never fails a build. While the
 * JVM lives it holds a lock on {@value #OWNER_LOCK} in the folder, so that the next
 * worker start on this machine can tell the folder of a JVM that was killed (its lock is
 * free) from that of one still running, and remove it.
 */
public class AuxCache implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AuxCache.class);

	/** The file in the cache folder whose lock this JVM holds while it lives. */
	public static final String OWNER_LOCK = "owner.lock";

	private final Path parent;

	private final int maxEntries;

	/** Keys in order of use, least recent first. */
	private final Map<String, Path> entries = new LinkedHashMap<>(16, 0.75f, true);

	private Path directory;

	private FileChannel owner;

	/**
	 * @param parent where this JVM's cache folder is made
	 * @param maxEntries documents kept, at least 1
	 */
	public AuxCache(Path parent, int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1");
		}
		this.parent = parent;
		this.maxEntries = maxEntries;
	}

	/**
	 * Copies the files kept for {@code key} into {@code jobDir} as {@code base}.aux and
	 * so on; false if none.
	 */
	public synchronized boolean restore(String key, Path jobDir, String base) {
		Path entry = this.entries.get(checked(key));
		if (entry == null) {
			return false;
		}
		try {
			for (String extension : PdfLatex.PASS_FILES) {
				Path kept = entry.resolve("kept" + extension);
				if (Files.exists(kept)) {
					Files.copy(kept, jobDir.resolve(base + extension), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return true;
		}
		catch (IOException ex) {
			log.warn("Cannot restore the previous build's files of {}; compiling from scratch", key, ex);
			return false;
		}
	}

	/**
	 * Keeps {@code base}.aux and so on from {@code jobDir} for {@code key}; call after a
	 * successful build only.
	 */
	public synchronized void save(String key, Path jobDir, String base) {
		try {
			Path entry = Files.createDirectories(directory().resolve(checked(key)));
			for (String extension : PdfLatex.PASS_FILES) {
				Path built = jobDir.resolve(base + extension);
				Path kept = entry.resolve("kept" + extension);
				if (Files.exists(built)) {
					Files.copy(built, kept, StandardCopyOption.REPLACE_EXISTING);
				}
				else {
					Files.deleteIfExists(kept);
				}
			}
			this.entries.put(key, entry);
			evict();
		}
		catch (IOException ex) {
			log.warn("Cannot keep the build files of {} for the next build", key, ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.directory != null) {
			closeOwner();
			FileSystemUtils.deleteRecursively(this.directory.toFile());
			this.directory = null;
		}
		this.entries.clear();
	}

	private static String checked(String key) {
		if (!key.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("Not a cache key: " + key);
		}
		return key;
	}

	private Path directory() throws IOException {
		if (this.directory == null) {
			Path created = Files.createTempDirectory(Files.createDirectories(this.parent), "pressroom-aux-");
			this.owner = FileChannel.open(created.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			this.owner.lock();
			this.directory = created;
		}
		return this.directory;
	}

	private void closeOwner() {
		try {
			if (this.owner != null) {
				this.owner.close();
			}
		}
		catch (IOException ex) {
			log.debug("Cannot close the aux cache's owner lock: {}", ex.toString());
		}
		this.owner = null;
	}

	private void evict() {
		while (this.entries.size() > this.maxEntries) {
			Map.Entry<String, Path> eldest = this.entries.entrySet().iterator().next();
			FileSystemUtils.deleteRecursively(eldest.getValue().toFile());
			this.entries.remove(eldest.getKey());
		}
	}

}
