package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressroom.app.PressroomApp;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestS3;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The anonymous loopback editor trusts the client's address; behind forward headers that
 * address is whatever a client writes in X-Forwarded-For, so the app refuses to start
 * with both, saying why.
 */
class LoopbackEditorGuardIT {

	@ParameterizedTest
	@ValueSource(strings = { "native", "framework" })
	void refusesToStartWithForwardHeaders(String strategy) {
		TestDatabase.DatabaseDetails database = TestDatabase.get();
		EmbeddedS3 s3 = TestS3.get();
		SpringApplicationBuilder app = new SpringApplicationBuilder(PressroomApp.class).profiles("core", "app",
				"local");
		// Arguments, not default properties: those rank below the profiles' property
		// files.
		String[] arguments = Stream
			.of("server.port=0", "jobrunr.dashboard.enabled=false", "pressroom.listening.enabled=false",
					"spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "pressroom.storage.endpoint=" + s3.endpoint(),
					"pressroom.storage.access-key=" + s3.accessKey(), "pressroom.storage.secret-key=" + s3.secretKey(),
					"pressroom.storage.bucket=pressroom-test", "pressroom.storage.create-bucket=true",
					"pressroom.security.anonymous-loopback-editor=true", "server.forward-headers-strategy=" + strategy)
			.map((property) -> "--" + property)
			.toArray(String[]::new);

		assertThatThrownBy(() -> app.run(arguments).close()).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("anonymous-loopback-editor=true")
			.hasMessageContaining("server.forward-headers-strategy=" + strategy)
			.hasMessageContaining("X-Forwarded-For");
	}

}
