package org.pressroom.worker.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarningListTest {

	@Test
	void keepsEachWarningOnceInTheOrderRaised() {
		WarningList warnings = new WarningList();
		warnings.add("b");
		warnings.add("a");
		warnings.add("b");
		warnings.unknownType("x", "unknown x");
		warnings.unknownType("x", "unknown x, again");

		assertThat(warnings.toList()).containsExactly("b", "a", "unknown x");
	}

	@Test
	void keepsTheFirstHundredAndCountsTheRestInConstantTimeEach() {
		WarningList warnings = new WarningList();
		for (int i = 0; i < 60_000; i++) {
			warnings.unknownType("type-" + i, "unknown element type-" + i);
			warnings.add("unknown element type-" + i);
		}

		assertThat(warnings.toList()).hasSize(WarningList.MAX_SHOWN + 1)
			.startsWith("unknown element type-0")
			.endsWith("... and 59900 more warnings");
	}

	@Test
	void cutsLongWarningsAndReplacesControlCharacters() {
		WarningList warnings = new WarningList();
		warnings.add("a\u0000b\u0085c" + "x".repeat(1000));

		assertThat(warnings.toList().get(0)).startsWith("a\ufffdb\ufffdc")
			.endsWith("...")
			.hasSize(WarningList.MAX_LENGTH + 3);
	}

}
