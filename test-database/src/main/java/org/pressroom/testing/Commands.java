package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command to completion. Output goes to a file, not a pipe:
 * {@code pg_ctl start} leaves a server running, and a pipe the server inherited would
 * never reach end of file.
 */
public final class Commands {

	private Commands() {
	}

	static Result run(List<String> command, Duration timeout) {
		Path output = null;
		try {
			output = Files.createTempFile("pressroom-command", ".out");
			Process process = new ProcessBuilder(command).directory(Path.of("/").toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out after " + timeout + ": " + String.join(" ", command));
			}
			return new Result(process.exitValue(), Files.readString(output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + String.join(" ", command), ex);
		}
		finally {
			deleteQuietly(output);
		}
	}

	/** Runs the command and fails, with its output, unless it exits with 0. */
	public static String check(List<String> command, Duration timeout) {
		Result result = run(command, timeout);
		if (result.exitCode() != 0) {
			throw new IllegalStateException(
					"Exit code " + result.exitCode() + " from " + String.join(" ", command) + "\n" + result.output());
		}
		return result.output();
	}

	private static void deleteQuietly(Path path) {
		try {
			if (path != null) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a leftover file in the temp directory is harmless
		}
	}

	record Result(int exitCode, String output) {

		boolean succeeded() {
			return this.exitCode == 0;
		}

	}

}
