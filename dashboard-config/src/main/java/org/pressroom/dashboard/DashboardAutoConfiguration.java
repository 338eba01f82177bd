package org.pressroom.dashboard;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Checks the dashboard's configuration before JobRunr starts it. */
@AutoConfiguration(beforeName = "org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration")
public class DashboardAutoConfiguration {

	@Bean
	InitializingBean pressroomDashboardCredentialsCheck(Environment environment) {
		return () -> DashboardCredentialsCheck.verify(environment);
	}

}
