package org.pressroom.worker.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files, after pandoc's test/writer.latex: a writer's whole output for the golden
 * document, kept under src/test/resources/golden/ and reviewed like code, so that any
 * change in output shows as a diff. After an intended change, run the tests with
 * {@code -Dgolden.update=true} to write the new outputs there, and review
 * {@code git diff}.
 */
public final class Golden {

	private static final Path SOURCES = Path.of("src", "test", "resources", "golden");

	private Golden() {
	}

	public static void assertMatches(String name, String actual) {
		if (Boolean.getBoolean("golden.update")) {
			try {
				Files.writeString(Files.createDirectories(SOURCES).resolve(name), actual, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return;
		}
		assertThat(actual).as("golden/" + name + " (run with -Dgolden.update=true to write it, then review git diff)")
			.isEqualTo(AptDocuments.resource("/golden/" + name));
	}

}
