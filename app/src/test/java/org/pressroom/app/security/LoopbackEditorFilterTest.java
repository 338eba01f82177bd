package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class LoopbackEditorFilterTest {

	@Test
	void anonymousRequestsFromLoopbackAreEditors() throws Exception {
		assertThat(Editors.isEditor(filter(request("127.0.0.1")))).isTrue();
		assertThat(Editors.isEditor(filter(request("127.8.9.10")))).isTrue();
		assertThat(Editors.isEditor(filter(request("0:0:0:0:0:0:0:1")))).isTrue();
	}

	@Test
	void otherAddressesCredentialsAndBrowsersAreLeftAlone() throws Exception {
		MockHttpServletRequest withToken = request("127.0.0.1");
		withToken.addHeader("Authorization", "Bearer something");
		MockHttpServletRequest fromAPage = request("127.0.0.1");
		fromAPage.addHeader("Origin", "https://example.org");

		assertThat(filter(request("192.0.2.10"))).isNull();
		assertThat(filter(request("10.0.0.1"))).isNull();
		assertThat(filter(request("localhost.example.org"))).isNull();
		assertThat(filter(withToken)).isNull();
		assertThat(filter(fromAPage)).isNull();
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/atbds/2/versions/1/serialization");
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	/** The authentication the rest of the chain sees. */
	private static Authentication filter(MockHttpServletRequest request) throws Exception {
		AtomicReference<Authentication> seen = new AtomicReference<>();
		try {
			new LoopbackEditorFilter().doFilter(request, new MockHttpServletResponse(),
					(req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return seen.get();
	}

}
