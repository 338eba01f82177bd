package org.pressroom.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressroom.worker.PressroomWorker;
import org.pressroom.worker.WorkerConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * App and worker in one JVM on {@link EmbeddedServers}: the one test configuration, which
 * the local run ({@link LocalPressroom}), the ITs ({@link IntegrationTest}), the fault
 * tests and the benchmarks all start. The node profiles live here; a caller adds
 * {@code local} or {@code test} and the servers.
 * <p>
 * A component class for {@code @SpringBootTest(classes = EmbeddedPressroom.class)},
 * deliberately without a stereotype annotation: the app's component scan covers this
 * package, and must not pull the worker into an app-only context.
 */
@Import({ PressroomApp.class, WorkerConfig.class })
public final class EmbeddedPressroom {

	/** The profiles of an app node and a worker node in one JVM. */
	public static final List<String> NODE_PROFILES = List.of("core", "app", "worker");

	/**
	 * App and worker on {@code servers}, with the node profiles and then
	 * {@code profiles}.
	 */
	public static SpringApplication application(EmbeddedServers servers, String... profiles) {
		SpringApplication application = new SpringApplication(EmbeddedPressroom.class);
		application.setAdditionalProfiles(profiles(profiles));
		// As on a worker node (PressroomWorker.main); a default property, so any setting
		// overrides it.
		application.setDefaultProperties(
				Map.of(PressroomWorker.WORKER_COUNT, Integer.toString(PressroomWorker.defaultWorkerCount())));
		application.addInitializers(servers);
		return application;
	}

	static String[] profiles(String... extra) {
		List<String> profiles = new ArrayList<>(NODE_PROFILES);
		profiles.addAll(List.of(extra));
		return profiles.toArray(String[]::new);
	}

	/**
	 * {@code @ActiveProfiles(resolver = EmbeddedPressroom.TestProfiles.class)}: the node
	 * profiles and "test".
	 */
	public static final class TestProfiles implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return profiles("test");
		}

	}

}
