package org.pressroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration;
import org.jobrunr.spring.autoconfigure.storage.JobRunrInMemoryStorageAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The dashboard as the app node runs it: on the configured interface, behind basic auth, reporting nothing. */
class DashboardServerIT {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DashboardAutoConfiguration.class,
				JobRunrAutoConfiguration.class, JobRunrInMemoryStorageAutoConfiguration.class))
		.withPropertyValues("jobrunr.database.type=mem", "jobrunr.dashboard.enabled=true", "jobrunr.dashboard.port=0",
				"jobrunr.dashboard.username=admin", "jobrunr.dashboard.password=correct horse battery",
				// Pressroom's server must ignore this: no usage data, ever.
				"jobrunr.miscellaneous.allow-anonymous-data-usage=true");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesOnTheBindAddressOnlyWithCredentials() {
		this.contexts.withPropertyValues("pressroom.dashboard.bind-address=127.0.0.1").run((context) -> {
			DashboardServer server = (DashboardServer) context.getBean(JobRunrDashboardWebServer.class);
			server.start();
			try {
				assertThat(server.boundAddress().getAddress().isLoopbackAddress()).isTrue();
				String version = "http://127.0.0.1:" + server.port() + "/api/version";

				assertThat(get(version, null).statusCode()).isEqualTo(401);
				assertThat(get(version, "admin:wrong").statusCode()).isEqualTo(401);
				assertThat(get(version, "root:correct horse battery").statusCode()).isEqualTo(401);
				HttpResponse<String> allowed = get(version, "admin:correct horse battery");
				assertThat(allowed.statusCode()).isEqualTo(200);
				assertThat(allowed.body()).contains("\"allowAnonymousDataUsage\":false");
				assertThat(get("http://127.0.0.1:" + server.port() + "/dashboard/", null).statusCode()).isEqualTo(401);
			}
			finally {
				server.stop();
			}
		});
	}

	@Test
	void bindsEveryInterfaceByDefaultAsJobRunrDoes() {
		this.contexts.run((context) -> {
			DashboardServer server = (DashboardServer) context.getBean(JobRunrDashboardWebServer.class);
			server.start();
			try {
				assertThat(server.boundAddress().getAddress().isAnyLocalAddress()).isTrue();
			}
			finally {
				server.stop();
			}
		});
	}

	@Test
	void noDashboardWhenDisabledAndNoStartWithoutCredentials() {
		this.contexts.withPropertyValues("jobrunr.dashboard.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(JobRunrDashboardWebServer.class));
		this.contexts.withPropertyValues("jobrunr.dashboard.password=")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("pressroom.dashboard.bind-address=localhost")
			.run((context) -> assertThat(context).hasFailed());
	}

	private HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
