package org.pressroom.app;

import org.pressroom.core.PressroomCoreConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The app node. Workers run separately ({@code PressroomWorker}); a local run puts both
 * in one JVM.
 */
@SpringBootApplication
@Import(PressroomCoreConfig.class)
public class PressroomApp {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PressroomApp.class);
		application.setAdditionalProfiles("core", "app");
		try {
			application.run(args);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged the cause and closed the context; no thread left
			// behind may keep a node that never started alive (issue #10).
			System.exit(1);
		}
	}

}
