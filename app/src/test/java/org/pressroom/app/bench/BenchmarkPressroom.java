package org.pressroom.app.bench;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.app.ApiClient;
import org.pressroom.app.EmbeddedPressroom;
import org.pressroom.app.EmbeddedServers;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pressroom for a benchmark: {@link EmbeddedPressroom} (app and worker in this JVM, local
 * profile) on the benchmark's own PostgreSQL and S3 server, quiet logs, one job at a time
 * per worker (a worker is one core's worth of typesetting). Settings travel as arguments,
 * which outrank the profiles' files and, unlike system properties, do not leak into the
 * next run.
 */
final class BenchmarkPressroom {

	private BenchmarkPressroom() {
	}

	static ConfigurableApplicationContext start(EmbeddedPostgres postgres, EmbeddedS3 s3, String... extra) {
		return startWith((context) -> {
		}, postgres, s3, extra);
	}

	/**
	 * The same, with {@code initializer} run on the context before it refreshes (e.g. to
	 * add bean post-processors).
	 */
	static ConfigurableApplicationContext startWith(
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer, EmbeddedPostgres postgres,
			EmbeddedS3 s3, String... extra) {
		List<String> arguments = new ArrayList<>(TUNING);
		arguments.addAll(List.of("--server.port=0", "--jobrunr.dashboard.enabled=false"));
		for (String setting : extra) {
			// A setting given again replaces the default above (twice would bind as a
			// list).
			arguments.removeIf((argument) -> argument.startsWith(setting.substring(0, setting.indexOf('=') + 1)));
			arguments.add(setting);
		}
		SpringApplication application = EmbeddedPressroom.application(EmbeddedServers.of(postgres, s3), "local");
		application.addInitializers(initializer);
		return application.run(arguments.toArray(String[]::new));
	}

	/** One job at a time per worker, quiet logs: for every node of a benchmark. */
	private static final List<String> TUNING = List.of("--jobrunr.background-job-server.worker-count=1",
			"--logging.level.root=WARN", "--logging.level.org.pressroom=WARN");

	/**
	 * What a worker in its own JVM needs: the servers as arguments (its jar has no test
	 * configuration) and the tuning of the in-process one.
	 */
	static List<String> settings(EmbeddedPostgres postgres, EmbeddedS3 s3) {
		List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=" + postgres.user(),
				"--spring.datasource.password=" + postgres.password(), "--pressroom.storage.endpoint=" + s3.endpoint(),
				"--pressroom.storage.access-key=" + s3.accessKey(), "--pressroom.storage.secret-key=" + s3.secretKey(),
				"--pressroom.storage.create-bucket=true"));
		settings.addAll(TUNING);
		return settings;
	}

	static ApiClient api(ConfigurableApplicationContext context) {
		return new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

}
