package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL server binaries live: {@code PRESSROOM_PG_BIN}, else beside
 * {@code pg_ctl} on the PATH (symlinks resolved, so {@code postgres} is found next to
 * it), else the newest {@code /usr/lib/postgresql/N/bin}, where Debian installs them off
 * the PATH.
 */
record PgBinaries(Path dir) {

	private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

	static PgBinaries find() {
		String configured = System.getenv("PRESSROOM_PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return new PgBinaries(Path.of(configured));
		}
		return onPath().or(PgBinaries::newestDebianInstall)
			.orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries: put pg_ctl on the PATH, "
					+ "set PRESSROOM_PG_BIN or run scripts/install-toolchain"));
	}

	String pgCtl() {
		return this.dir.resolve("pg_ctl").toString();
	}

	String initdb() {
		return this.dir.resolve("initdb").toString();
	}

	private static Optional<PgBinaries> onPath() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(":"))
			.filter((entry) -> !entry.isBlank())
			.map((entry) -> Path.of(entry, "pg_ctl"))
			.filter(Files::isExecutable)
			.findFirst()
			.map((pgCtl) -> new PgBinaries(realPath(pgCtl).getParent()));
	}

	private static Optional<PgBinaries> newestDebianInstall() {
		if (!Files.isDirectory(DEBIAN_ROOT)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
			return versions.filter((version) -> version.getFileName().toString().matches("\\d+"))
				.filter((version) -> Files.isExecutable(version.resolve("bin/pg_ctl")))
				.max(Comparator.comparingInt((version) -> Integer.parseInt(version.getFileName().toString())))
				.map((version) -> new PgBinaries(version.resolve("bin")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
