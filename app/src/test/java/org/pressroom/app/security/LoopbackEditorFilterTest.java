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

	@Test
	void requestsABrowserMakesAreLeftAloneEvenWithoutOrigin() throws Exception {
		// A same-origin fetch() from a page the API served sends no Origin, but Fetch
		// Metadata.
		for (String header : new String[] { "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Sec-Fetch-User" }) {
			MockHttpServletRequest fetch = request("127.0.0.1");
			fetch.addHeader(header, "same-origin");
			assertThat(filter(fetch)).as(header).isNull();
		}
	}

	@Test
	void onlyLoopbackHostNamesMakeAnEditor() throws Exception {
		// DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends
		// no Sec-Fetch-* over http.
		MockHttpServletRequest rebound = request("127.0.0.1");
		rebound.setServerName("evil.example");
		MockHttpServletRequest localhost = request("127.0.0.1");
		localhost.setServerName("localhost");
		MockHttpServletRequest ipv6 = request("0:0:0:0:0:0:0:1");
		ipv6.setServerName("[::1]");

		assertThat(filter(rebound)).isNull();
		assertThat(Editors.isEditor(filter(localhost))).isTrue();
		assertThat(Editors.isEditor(filter(ipv6))).isTrue();
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/atbds/2/versions/1/serialization");
		request.setRemoteAddr(remoteAddress);
		request.setServerName("127.0.0.1");
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
