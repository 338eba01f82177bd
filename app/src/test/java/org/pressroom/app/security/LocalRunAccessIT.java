package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.app.IntegrationTest;
import org.pressroom.app.PressroomApp;
import org.pressroom.app.api.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The local profile's settings, as ./pressroom-local uses them: the API listens on
 * loopback only, and the README's curl lines work there without a credential; a wrong
 * credential, or any request a browser makes (even a page's same-origin fetch, or one
 * under another site's name), still does not. The app alone, without dashboard, listener
 * or fixed ports; a raw editor token is configured to show it never reaches the log.
 */
@SpringBootTest(classes = PressroomApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(profiles = { "core", "app", "local" }, inheritProfiles = false)
@TestPropertySource(properties = { "jobrunr.dashboard.enabled=false", "pressroom.listening.enabled=false",
		"pressroom.storage.bucket=pressroom-test", "pressroom.storage.create-bucket=true",
		"pressroom.security.editor-tokens=" + LocalRunAccessIT.RAW_TOKEN })
@ExtendWith(OutputCaptureExtension.class)
class LocalRunAccessIT extends IntegrationTest {

	static final String RAW_TOKEN = "local-raw-editor-token-3e8a51c0d27f";

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void readmeCurlLinesWorkWithoutACredential() {
		this.apt.loadBeta1Dump();

		assertThat(this.anonymous.get("/api/atbds/2/versions/1/serialization").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.post("/api/atbds/2/versions/1/serialize").statusCode()).isEqualTo(202);
		// Draft: an editor's read; 404 until a worker rendered it, never 401.
		assertThat(this.anonymous.get("/api/atbds/2/versions/1/pdf").statusCode()).isIn(200, 404);
	}

	@Test
	void wrongCredentialsAndBrowsersAreStillRefused() throws Exception {
		this.apt.loadBeta1Dump();

		ApiSecurityIT.assertChallenge(this.anonymous.withBearer("wrong-token-for-the-local-run-000")
			.get("/api/atbds/2/versions/1/serialization"), 401, "invalid_token");
		HttpResponse<byte[]> fromAWebPage = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/atbds/2/versions/1/serialize"))
				.header("Origin", "https://example.org")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		ApiSecurityIT.assertChallenge(fromAWebPage, 401, "Bearer");
	}

	@Test
	void aPagesOwnRequestsAreNoEditorsEvenWithoutOrigin() throws Exception {
		this.apt.loadBeta1Dump();
		// What Chromium sends with a same-origin fetch() from a page the API served: no
		// Origin on a GET.
		HttpResponse<byte[]> sameOriginFetch = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/atbds/2/versions/1/serialization"))
				.header("Sec-Fetch-Site", "same-origin")
				.header("Sec-Fetch-Mode", "cors")
				.header("Sec-Fetch-Dest", "empty")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		ApiSecurityIT.assertChallenge(sameOriginFetch, 401, "Bearer");
		// DNS rebinding: another site's name pointed at 127.0.0.1, where browsers send no
		// Sec-Fetch-* over http.
		RawHttp.Answer rebound = RawHttp.send(this.port, "GET /api/atbds/2/versions/1/serialization",
				"Host: rebinding.example:" + this.port);
		assertThat(rebound.status()).isEqualTo(401);
		assertThat(RawHttp.send(this.port, "GET /api/atbds/2/versions/1/serialization", "Host: localhost:" + this.port)
			.status()).isEqualTo(200);
	}

	@Test
	void theApiListensOnLoopbackOnly() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProperty("address")).isInstanceOfSatisfying(InetAddress.class,
				(address) -> assertThat(address.isLoopbackAddress()).isTrue());
	}

	@Test
	void aConfiguredTokenWorksAndIsNeverLogged(CapturedOutput output) {
		this.apt.loadBeta1Dump();

		assertThat(this.anonymous.withBearer(RAW_TOKEN).get("/api/atbds/2/versions/1/serialization").statusCode())
			.isEqualTo(200);
		assertThat(output.getAll()).contains("Started").doesNotContain(RAW_TOKEN);
	}

}
