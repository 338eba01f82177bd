package org.pressroom.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.pressroom.testing.PdfToText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running app over real HTTP, as the UI and editors do. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String bearerToken;

	/** Anonymous, as a reader's browser. */
	public ApiClient(int port) {
		this("http://127.0.0.1:" + port, null);
	}

	private ApiClient(String base, String bearerToken) {
		this.base = base;
		this.bearerToken = bearerToken;
	}

	/** The same API, every request with {@code Authorization: Bearer token}. */
	public ApiClient withBearer(String token) {
		return new ApiClient(this.base, token);
	}

	/**
	 * The absolute URL of a path on this app, for clients other than this one (a
	 * browser).
	 */
	public String url(String path) {
		return this.base + path;
	}

	public HttpResponse<byte[]> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<byte[]> head(String path) {
		return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
	}

	public HttpResponse<byte[]> post(String path) {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		return this.bearerToken == null ? request : request.header("Authorization", "Bearer " + this.bearerToken);
	}

	public HttpResponse<byte[]> post(String path, byte[] body) {
		return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	public JsonNode status(Object atbd, int major) {
		return json(get("/api/atbds/" + atbd + "/versions/" + major + "/serialization"));
	}

	/**
	 * Waits until the version's status reports {@code state}, and returns that status.
	 */
	public JsonNode awaitState(Object atbd, int major, String state, Duration timeout) {
		Awaitility.await()
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> state.equals(status(atbd, major).path("state").asString()));
		return status(atbd, major);
	}

	/**
	 * The text of the PDF currently served, with line-break hyphenation and runs of white
	 * space folded.
	 */
	public String pdfText(Object atbd, int major) {
		HttpResponse<byte[]> response = get("/api/atbds/" + atbd + "/versions/" + major + "/pdf");
		if (response.statusCode() != 200) {
			return "";
		}
		return textOf(response.body());
	}

	/**
	 * A PDF's text as poppler's pdftotext reads it, words joined across line ends and
	 * hyphens. Not PDFBox: its parse was a fifth of the CPU of the app's test JVMs (JFR),
	 * as the waits read a PDF at every poll.
	 */
	public static String textOf(byte[] pdf) {
		return PdfToText.of(pdf).replaceAll("-\\r?\\n", "").replaceAll("\\s+", " ");
	}

	public static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
