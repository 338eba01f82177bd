package org.pressroom.core.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionKey;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class LogContextTest {

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void putsTheVersionAndChecksumAndRemovesThemOnClose() {
		try (LogContext context = LogContext.of(new VersionKey(7, 2), "abc")) {
			assertThat(MDC.get(LogContext.ATBD_ID)).isEqualTo("7");
			assertThat(MDC.get(LogContext.ATBD_MAJOR)).isEqualTo("2");
			assertThat(MDC.get(LogContext.CHECKSUM)).isEqualTo("abc");
		}
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	@Test
	void nestedContextRestoresTheOuterOneOnClose() {
		try (LogContext outer = LogContext.of(new VersionKey(7, 2))) {
			try (LogContext inner = LogContext.of(new VersionKey(7, 2), "abc")) {
				assertThat(MDC.get(LogContext.CHECKSUM)).isEqualTo("abc");
			}
			assertThat(MDC.get(LogContext.ATBD_ID)).isEqualTo("7");
			assertThat(MDC.get(LogContext.CHECKSUM)).isNull();
		}
		assertThat(MDC.get(LogContext.ATBD_ID)).isNull();
	}

	@Test
	void leavesOtherEntriesAlone() {
		MDC.put("jobrunr.jobId", "42");
		try (LogContext context = LogContext.of(new VersionKey(1, 1))) {
			assertThat(MDC.get("jobrunr.jobId")).isEqualTo("42");
		}
		assertThat(MDC.get("jobrunr.jobId")).isEqualTo("42");
	}

}
