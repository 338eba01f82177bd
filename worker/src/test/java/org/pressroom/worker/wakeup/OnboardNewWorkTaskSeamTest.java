package org.pressroom.worker.wakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobrunr.server.BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration;

import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.tasks.steward.OnboardNewWorkTask;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;

/** Fails when a JobRunr upgrade moves the seam instant pickup relies on (DESIGN §5). */
class OnboardNewWorkTaskSeamTest {

	@Test
	void reachesTheServersOwnOnboardNewWorkTask() {
		BackgroundJobServer server = new BackgroundJobServer(new InMemoryStorageProvider(), new Jackson3JsonMapper(),
				null, usingStandardBackgroundJobServerConfiguration());

		OnboardNewWorkTask task = JobRunrOnboarding.serversOwnTask(server.getJobSteward());

		assertThat(task).isNotNull();
		assertThat(JobRunrOnboarding.serversOwnTask(server.getJobSteward())).isSameAs(task);
	}

}
