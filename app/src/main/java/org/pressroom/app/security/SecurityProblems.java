package org.pressroom.app.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problems, like every other API error. Spring's bearer-token
 * handlers set the status and the {@code WWW-Authenticate} header (RFC 6750:
 * {@code invalid_token}, {@code insufficient_scope}); this adds the body. The detail
 * never repeats a presented credential.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final AccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	SecurityProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		this.challenge.commence(request, response, ex);
		boolean presented = request.getHeader("Authorization") != null;
		write(request, response, HttpStatus.UNAUTHORIZED, presented ? "The credential is not valid"
				: "This needs an editor credential: Authorization: Bearer <token>");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		this.denial.handle(request, response, ex);
		write(request, response, HttpStatus.FORBIDDEN, "This needs the editor role");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
