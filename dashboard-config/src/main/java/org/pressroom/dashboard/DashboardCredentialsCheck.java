package org.pressroom.dashboard;

import java.util.Arrays;

import org.springframework.core.env.Environment;

/**
 * Refuses to start an enabled dashboard without credentials, except in the local and test profiles: the dashboard
 * can delete and requeue jobs, and JobRunr binds it to every interface.
 */
final class DashboardCredentialsCheck {

	private DashboardCredentialsCheck() {
	}

	static void verify(Environment environment) {
		boolean enabled = environment.getProperty("jobrunr.dashboard.enabled", Boolean.class, false);
		boolean openProfile = Arrays.stream(environment.getActiveProfiles())
			.anyMatch((profile) -> profile.equals("local") || profile.equals("test"));
		if (!enabled || openProfile) {
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
