package org.pressroom.app.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks docker-compose.yml with Debian's docker-compose 1.29 ({@code config -q} parses,
 * interpolates and validates the file against the Compose schema without a Docker
 * engine); scripts/install-toolchain installs it. A missing docker-compose fails this
 * test: it is never skipped. {@link TwoProcessIT} runs the app and worker with the
 * environment this file gives them.
 */
class ComposeFileIT {

	@Test
	void composeFileIsValid() throws Exception {
		Result result = config(Map.of("JOBRUNR_DASHBOARD_PASSWORD", "validation-only",
				"PRESSROOM_SECURITY_EDITOR_TOKENS", "validation-only-editor-token"));
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@Test
	void composeFileRequiresTheDashboardPassword() throws Exception {
		Result result = config(Map.of("PRESSROOM_SECURITY_EDITOR_TOKENS", "validation-only-editor-token"));
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("set JOBRUNR_DASHBOARD_PASSWORD");
	}

	private static Result config(Map<String, String> variables) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(
				List.of("docker-compose", "-f", ComposeFile.PATH.toString(), "config", "-q"))
			.directory(ComposeFile.PATH.getParent().toFile())
			.redirectErrorStream(true);
		builder.environment().remove("JOBRUNR_DASHBOARD_PASSWORD");
		builder.environment().remove("PRESSROOM_SECURITY_EDITOR_TOKENS");
		builder.environment().putAll(variables);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("docker-compose is missing: run scripts/install-toolchain", ex);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("docker-compose config did not finish: " + output);
		}
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
