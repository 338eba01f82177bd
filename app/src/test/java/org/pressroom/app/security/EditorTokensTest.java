package org.pressroom.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class EditorTokensTest {

	private static final String TOKEN = "pressroom-test-editor-7c1d9e04b6a2f853";

	private static final String TOKEN_HASH = "sha256:68bf4ca16da71bb761be65a4361d7e2307706d66c27b81becd148d99e8323978";

	@Test
	void matchesATokenConfiguredRawOrAsItsHash() {
		EditorTokens raw = new EditorTokens(List.of(EditorTokens.hashed(TOKEN)));
		EditorTokens hashed = new EditorTokens(List.of(EditorTokens.hashed(TOKEN_HASH.toUpperCase())));

		assertThat(EditorTokens.hashed(TOKEN)).isEqualTo(TOKEN_HASH);
		assertThat(raw.matches(TOKEN)).isTrue();
		assertThat(hashed.matches(TOKEN)).isTrue();
		assertThat(hashed.matches(TOKEN + " ")).isFalse();
		assertThat(hashed.matches(TOKEN_HASH)).isFalse();
		assertThat(new EditorTokens(List.of()).matches(TOKEN)).isFalse();
	}

	@Test
	void refusesShortTokensAndMalformedHashesWithoutRepeatingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> EditorTokens.hashed("short-secret"))
			.withMessageContaining("at least 20")
			.withMessageNotContaining("short-secret");
		assertThatIllegalArgumentException().isThrownBy(() -> EditorTokens.hashed("sha256:abc123"))
			.withMessageNotContaining("abc123");
	}

	@Test
	void propertiesKeepOnlyHashesAndPrintNeither() {
		ApiSecurityProperties properties = new ApiSecurityProperties(List.of(TOKEN, " ", TOKEN_HASH), false, "scope",
				"pressroom:editor");

		assertThat(properties.editorTokens()).containsExactly(TOKEN_HASH, TOKEN_HASH);
		assertThat(properties.toString()).contains("2 hashed").doesNotContain(TOKEN, TOKEN_HASH);
	}

}
