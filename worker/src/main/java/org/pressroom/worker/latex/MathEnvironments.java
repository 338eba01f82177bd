package org.pressroom.worker.latex;

import java.util.Map;

/**
 * The arguments of the allowed math environments, and how many columns a row of each may
 * have.
 */
final class MathEnvironments {

	/**
	 * Columns per row of each alignment; amsmath's matrices stop at 10 (MaxMatrixCols).
	 */
	static final Map<String, Integer> COLUMNS = Map.of("aligned", Integer.MAX_VALUE, "gathered", 1, "cases", 2,
			"subarray", 1);

	private MathEnvironments() {
	}

	/** Emits the environment's own arguments and returns its columns per row. */
	static int arguments(MathSource in, String target) {
		if (in.peekAfterSpaces() == '[' && (target.equals("aligned") || target.equals("gathered")
				|| target.equals("array") || target.equals("alignedat"))) {
			in.skipSpaces();
			in.literal("\\[[tcb]\\]", "an environment position must be [t], [c] or [b]");
		}
		in.skipSpaces();
		return switch (target) {
			case "array" -> {
				String before = in.output();
				in.literal("\\{[lcr| ]+\\}", "array columns must be written like {lcr} or {c|c}");
				yield (int) in.output().substring(before.length()).chars().filter((c) -> "lcr".indexOf(c) >= 0).count();
			}
			case "alignedat" -> {
				String before = in.output();
				in.literal("\\{[1-9]\\}", "alignedat needs a number of columns like {2}");
				yield 2 * (in.output().charAt(before.length() + 1) - '0');
			}
			case "subarray" -> {
				in.literal("\\{[lcr]\\}", "subarray needs {l}, {c} or {r}");
				yield 1;
			}
			default -> COLUMNS.getOrDefault(target, 10);
		};
	}

}
