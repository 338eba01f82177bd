package org.pressroom.dashboard;

import java.net.InetSocketAddress;

import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Checks the dashboard's configuration before JobRunr starts it, and replaces JobRunr's
 * dashboard server with one bound to {@code pressroom.dashboard.bind-address}. Runs
 * before JobRunr's auto-configuration, whose dashboard bean backs off when this one
 * exists; JobRunr's {@code JobRunrStarter} starts and stops it all the same.
 */
@AutoConfiguration(beforeName = "org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration")
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardAutoConfiguration {

	@Bean
	InitializingBean pressroomDashboardCredentialsCheck(Environment environment) {
		return () -> DashboardCredentialsCheck.verify(environment);
	}

	@Bean
	@ConditionalOnBooleanProperty("jobrunr.dashboard.enabled")
	JobRunrDashboardWebServer dashboardWebServer(StorageProvider storageProvider, JsonMapper jobRunrJsonMapper,
			JobRunrProperties jobrunr, DashboardProperties dashboard) {
		JobRunrProperties.Dashboard settings = jobrunr.getDashboard();
		return new DashboardServer(storageProvider, jobRunrJsonMapper,
				new InetSocketAddress(dashboard.bindInetAddress(), settings.getPort()), settings.getUsername(),
				settings.getPassword(), dashboard.allowedHosts());
	}

}
