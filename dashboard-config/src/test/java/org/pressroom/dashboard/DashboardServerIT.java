package org.pressroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration;
import org.jobrunr.spring.autoconfigure.storage.JobRunrInMemoryStorageAutoConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The dashboard as the app node runs it: on the configured interface, behind basic auth,
 * reporting nothing, and refusing other sites' pages (cross-site POSTs with the browser's
 * credentials, DNS rebinding) for all that.
 */
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
	void refusesOtherSitesPagesEvenWithCredentials() {
		this.contexts.withPropertyValues("pressroom.dashboard.bind-address=127.0.0.1").run((context) -> {
			DashboardServer server = (DashboardServer) context.getBean(JobRunrDashboardWebServer.class);
			StorageProvider storage = context.getBean(StorageProvider.class);
			server.start();
			try {
				int port = server.port();
				UUID job = context.getBean(JobScheduler.class)
					.enqueue(() -> System.out.println("dashboard test"))
					.asUUID();
				String own = "Origin: http://127.0.0.1:" + port;
				String evil = "Origin: https://evil.example";

				// A page of another site POSTs with the browser's cached basic-auth
				// credentials.
				assertThat(send(port, "POST /api/jobs/" + job + "/requeue", AUTH, evil).status()).isEqualTo(403);
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, evil).status()).isEqualTo(403);
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, "Origin: null").status()).isEqualTo(403);
				// Another port of the same host is another origin: the app's own pages,
				// say.
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, "Origin: http://127.0.0.1:8080").status())
					.isEqualTo(403);
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, "Sec-Fetch-Site: cross-site").status())
					.isEqualTo(403);
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, own, "Sec-Fetch-Site: same-site").status())
					.isEqualTo(403);
				assertThat(storage.getJobById(job).getState()).isEqualTo(StateName.ENQUEUED);

				// The dashboard's own page, and a script without browser headers, may.
				assertThat(send(port, "GET /api/jobs/" + job, AUTH, evil).status()).isEqualTo(200);
				assertThat(send(port, "DELETE /api/jobs/" + job, AUTH, own, "Sec-Fetch-Site: same-origin").status())
					.isLessThan(300);
				assertThat(storage.getJobById(job).getState()).isEqualTo(StateName.DELETED);
			}
			finally {
				server.stop();
			}
		});
	}

	@Test
	void answersOnlyItsOwnHostNames() {
		this.contexts.withPropertyValues("pressroom.dashboard.allowed-hosts=jobs.pressroom.example").run((context) -> {
			DashboardServer server = (DashboardServer) context.getBean(JobRunrDashboardWebServer.class);
			server.start();
			try {
				int port = server.port();
				// DNS rebinding: another site's name, pointed at this machine, with the
				// browser's credentials.
				assertThat(send(port, "GET /api/version", AUTH, "Host: evil.example:" + port).status()).isEqualTo(403);
				assertThat(send(port, "GET /dashboard/", AUTH, "Host: localhost.evil.example").status()).isEqualTo(403);
				assertThat(send(port, "GET /api/version", AUTH, "Host: jobs.pressroom.example").status())
					.isEqualTo(200);
				assertThat(send(port, "GET /api/version", AUTH, "Host: 127.0.0.1:" + port).status()).isEqualTo(200);
				assertThat(send(port, "GET /api/version", AUTH, "Host: [::1]:" + port).status()).isEqualTo(200);
				// Naming host names replaces the default, localhost (IP addresses always
				// answer).
				assertThat(send(port, "GET /api/version", AUTH, "Host: localhost:" + port).status()).isEqualTo(403);
			}
			finally {
				server.stop();
			}
		});
		this.contexts.run((context) -> {
			DashboardServer server = (DashboardServer) context.getBean(JobRunrDashboardWebServer.class);
			server.start();
			try {
				int port = server.port();
				assertThat(send(port, "GET /api/version", AUTH, "Host: localhost:" + port).status()).isEqualTo(200);
				assertThat(send(port, "GET /api/version", AUTH, "Host: rebinding.example").status()).isEqualTo(403);
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

	private static final String AUTH = "Authorization: Basic "
			+ Base64.getEncoder().encodeToString("admin:correct horse battery".getBytes(StandardCharsets.UTF_8));

	/**
	 * One HTTP/1.1 request on a plain socket (Java's client will not send a Host header
	 * of our choosing).
	 */
	private static Answer send(int port, String requestLine, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
		if (Arrays.stream(headers).noneMatch((header) -> header.startsWith("Host:"))) {
			request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		}
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return new Answer(Integer.parseInt(answer.split(" ", 3)[1]), answer);
		}
	}

	private record Answer(int status, String text) {
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
