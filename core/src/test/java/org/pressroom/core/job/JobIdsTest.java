package org.pressroom.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobIdsTest {

	private static final String CHECKSUM = "a".repeat(64);

	@Test
	void sameVersionChecksumAndGenerationGiveTheSameId() {
		assertThat(JobIds.render(new RenderRequest(2, 1, CHECKSUM, 0)))
			.isEqualTo(JobIds.render(new RenderRequest(2, 1, CHECKSUM, 0)));
	}

	@Test
	void anyDifferenceGivesAnotherId() {
		var base = JobIds.render(new RenderRequest(2, 1, CHECKSUM, 0));

		assertThat(JobIds.render(new RenderRequest(2, 1, CHECKSUM, 1))).isNotEqualTo(base);
		assertThat(JobIds.render(new RenderRequest(2, 2, CHECKSUM, 0))).isNotEqualTo(base);
		assertThat(JobIds.render(new RenderRequest(21, 1, CHECKSUM, 0))).isNotEqualTo(base);
		assertThat(JobIds.render(new RenderRequest(2, 1, "b".repeat(64), 0))).isNotEqualTo(base);
	}

}
