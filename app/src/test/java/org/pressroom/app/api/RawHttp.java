package org.pressroom.app.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests Java's HTTP client would not send as
 * written: encoded slashes and NULs, overlong request lines, TRACE, any Host header. One
 * request per connection.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends {@code requestLine} (e.g. "GET /x") with a Host header for 127.0.0.1 and any
	 * further header lines.
	 */
	public static Answer send(int port, String requestLine, String... headers) {
		StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
		boolean hasHost = false;
		for (String header : headers) {
			hasHost |= header.toLowerCase(Locale.ROOT).startsWith("host:");
			request.append(header).append("\r\n");
		}
		if (!hasHost) {
			request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				read.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException ex) {
			// The server may reset the connection after its answer; what arrived is the
			// answer.
		}
		return read.toByteArray();
	}

	/** Status, headers (names in lower case) and the body, de-chunked. */
	public record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(byte[] raw) {
			String head = new String(raw, StandardCharsets.ISO_8859_1);
			int end = head.indexOf("\r\n\r\n");
			if (end < 0) {
				throw new IllegalStateException("no HTTP answer: " + head);
			}
			String[] lines = head.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			String text = new String(chunked, StandardCharsets.ISO_8859_1);
			int at = 0;
			while (at < text.length()) {
				int lineEnd = text.indexOf("\r\n", at);
				int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

	}

}
