package org.pressroom.app.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The figures of one fault test run, appended as a JSON line to
 * {@code target/fault-figures.jsonl} and printed, so that {@code scripts/fault-figures}
 * can tabulate many runs. An edit counts as rendered when the output served at the end is
 * its version's newest content (which holds it); lost = committed - rendered.
 */
final class FaultFigures {

	static final Path FILE = Path.of("target", "fault-figures.jsonl");

	private FaultFigures() {
	}

	static void record(String fault, int versions, long committed, long rendered, long stale, long duplicates,
			List<Long> recoveryMillis) {
		String line = String.format(
				"{\"fault\":\"%s\",\"versions\":%d,\"committed\":%d,\"rendered\":%d,\"lost\":%d,\"stale\":%d,"
						+ "\"duplicates\":%d,\"recovery_ms\":%s}",
				fault, versions, committed, rendered, committed - rendered, stale, duplicates, recoveryMillis);
		System.out.println("[fault-figures] " + line);
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
