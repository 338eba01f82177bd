package org.pressroom.app.api;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a declared request body over {@code pressroom.api.max-request-body} with a 413 problem before anything
 * reads it. No endpoint takes a body, so this only turns away clients that misuse the API.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	RequestBodyLimit(ApiProperties properties, JsonMapper json) {
		this.maxBytes = properties.maxRequestBody().toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body has " + length + " bytes; the API accepts at most " + this.maxBytes);
		problem.setTitle("Request body too large");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Unread bytes stay on the connection; closing it keeps Tomcat from swallowing them.
		response.setHeader("Connection", "close");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
