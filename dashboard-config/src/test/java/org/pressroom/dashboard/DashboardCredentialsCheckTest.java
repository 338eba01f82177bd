package org.pressroom.dashboard;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DashboardCredentialsCheckTest {

	@Test
	void refusesAnEnabledDashboardWithoutCredentials() {
		MockEnvironment environment = new MockEnvironment().withProperty("jobrunr.dashboard.enabled", "true");

		assertThatIllegalStateException().isThrownBy(() -> DashboardCredentialsCheck.verify(environment))
			.withMessageContaining("JOBRUNR_DASHBOARD_USERNAME");
	}

	@Test
	void refusesAnEnabledDashboardWithoutCredentialsInTheTestProfileToo() {
		MockEnvironment test = new MockEnvironment().withProperty("jobrunr.dashboard.enabled", "true")
			.withProperty("jobrunr.dashboard.username", "admin");
		test.setActiveProfiles("core", "app", "test");

		assertThatIllegalStateException().isThrownBy(() -> DashboardCredentialsCheck.verify(test))
			.withMessageContaining("JOBRUNR_DASHBOARD_PASSWORD");
	}

	@Test
	void acceptsCredentialsADisabledDashboardAndTheLocalProfile() {
		MockEnvironment withCredentials = new MockEnvironment().withProperty("jobrunr.dashboard.enabled", "true")
			.withProperty("jobrunr.dashboard.username", "admin")
			.withProperty("jobrunr.dashboard.password", "secret");
		MockEnvironment local = new MockEnvironment().withProperty("jobrunr.dashboard.enabled", "true");
		local.setActiveProfiles("core", "app", "local");

		assertThatNoException().isThrownBy(() -> DashboardCredentialsCheck.verify(withCredentials));
		assertThatNoException().isThrownBy(() -> DashboardCredentialsCheck.verify(new MockEnvironment()));
		assertThatNoException().isThrownBy(() -> DashboardCredentialsCheck.verify(local));
	}

}
