package org.pressroom.app.bench;

/**
 * The whole freshness benchmark in one command: {@link EditToPdfBenchmark} (edit-to-PDF
 * and pickup with instant pickup and poll only, render time per stage), then
 * {@link ThroughputBenchmark} (one and two worker JVMs, a burst, worker memory). Each
 * starts Pressroom on its embedded parts and loads APT's fixtures; the last line is all
 * figures as one JSON object. Not part of the test run:
 * {@code mvn -q install -DskipTests && mvn -q -pl app spring-boot:test-run -Dpressroom.main=org.pressroom.app.bench.FreshnessBenchmark}
 * ({@code -Dspring-boot.run.arguments="--edits=30 --backlog=500"}, the defaults).
 */
public final class FreshnessBenchmark {

	private FreshnessBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String freshness = EditToPdfBenchmark.measure(option(args, "--edits=", 30));
		String scale = ThroughputBenchmark.measure(option(args, "--backlog=", 500));
		System.out.println("{" + inner(freshness) + "," + inner(scale) + "}");
		System.exit(0);
	}

	static int option(String[] args, String prefix, int fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Integer.parseInt(arg.substring(prefix.length()));
			}
		}
		return fallback;
	}

	private static String inner(String json) {
		return json.substring(1, json.length() - 1);
	}

}
