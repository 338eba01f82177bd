package org.pressroom.dashboard;

import java.util.Arrays;

import org.springframework.core.env.Environment;

/**
 * Refuses to start an enabled dashboard without credentials, except in the local profile
 * (which binds it to 127.0.0.1): the dashboard can delete and requeue jobs. The test
 * profile disables the dashboard instead.
 */
final class DashboardCredentialsCheck {

	private DashboardCredentialsCheck() {
	}

	static void verify(Environment environment) {
		boolean enabled = environment.getProperty("jobrunr.dashboard.enabled", Boolean.class, false);
		boolean local = Arrays.asList(environment.getActiveProfiles()).contains("local");
		if (!enabled || local) {
			return;
		}
		String username = environment.getProperty("jobrunr.dashboard.username");
		String password = environment.getProperty("jobrunr.dashboard.password");
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			throw new IllegalStateException("The JobRunr dashboard is enabled without credentials: set "
					+ "JOBRUNR_DASHBOARD_USERNAME and JOBRUNR_DASHBOARD_PASSWORD, or JOBRUNR_DASHBOARD_ENABLED=false");
		}
	}

}
