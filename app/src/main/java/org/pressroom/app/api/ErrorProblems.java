package org.pressroom.app.api;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches the servlet container's error page (a request Spring
 * Security's firewall refused, a method Tomcat refuses such as {@code TRACE}, an
 * exception thrown outside a controller) as an RFC 9457 problem, in place of Boot's own
 * error JSON or page. Errors Tomcat answers before any servlet runs get the same body
 * from {@link ProblemReportValve}. The detail is always Pressroom's own words: nothing of
 * the request is repeated but its path, abbreviated.
 */
@RestController
@Hidden
class ErrorProblems implements ErrorController {

	private final JsonMapper json;

	ErrorProblems(JsonMapper json) {
		this.json = json;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) ? code
				: HttpStatus.NOT_FOUND.value();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			instance(path).ifPresent(problem::setInstance);
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** What went wrong, worded for API clients; never their own input. */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: its path, query or headers cannot be read, are too long or hold "
					+ "characters the API refuses (encoded /, \\ or NUL, ../ segments)";
			case 404 -> "No such resource: the API serves /api/atbds/{idOrAlias}/versions/{major}/serialization, "
					+ "/serialize, /pdf and /html";
			case 405 -> "The API does not take this method here";
			case 413, 431 -> "The request is too large";
			default -> (status >= 500) ? "The request failed on Pressroom's side; it was logged"
					: HttpStatus.valueOf(status).getReasonPhrase();
		};
	}

	private static Optional<URI> instance(String path) {
		if (path.length() > 200) {
			return Optional.empty();
		}
		try {
			return Optional.of(URI.create(path));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
