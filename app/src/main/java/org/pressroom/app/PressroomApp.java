package org.pressroom.app;

import org.pressroom.core.PressroomCoreConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The app node. Workers run separately ({@code PressroomWorker}); a local run puts both in one JVM. */
@SpringBootApplication
@Import(PressroomCoreConfig.class)
public class PressroomApp {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PressroomApp.class);
		application.setAdditionalProfiles("core", "app");
		application.run(args);
	}

}
