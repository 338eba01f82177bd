package org.pressroom.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A worker node. Start as many as the load needs; each runs every job type (JobRunr OSS has no queues), and
 * JobRunr hands each job to one of them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WorkerConfig.class)
public class PressroomWorker {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PressroomWorker.class);
		application.setAdditionalProfiles("core", "worker");
		application.run(args);
	}

}
