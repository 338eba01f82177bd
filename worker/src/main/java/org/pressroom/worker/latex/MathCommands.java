package org.pressroom.worker.latex;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list of what an equation may use: math commands defined by LaTeX, amsmath and
 * amssymb, with the number of arguments each takes, the delimiters \left and \right
 * accept and the math environments. Everything else is rejected, since a deny-list cannot
 * work (\csname, catcode changes and ^^ rebuild any name).
 */
final class MathCommands {

	/**
	 * Commands taking no argument: symbols, operators, relations, arrows, spacing, font
	 * switches.
	 */
	static final Set<String> SYMBOLS = Set.of(
			// Greek
			"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
			"kappa", "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau",
			"upsilon", "phi", "varphi", "chi", "psi", "omega", "digamma", "Gamma", "Delta", "Theta", "Lambda", "Xi",
			"Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "varGamma", "varDelta", "varTheta", "varLambda", "varXi",
			"varPi", "varSigma", "varUpsilon", "varPhi", "varPsi", "varOmega",
			// binary operators
			"pm", "mp", "times", "div", "cdot", "ast", "star", "circ", "bullet", "oplus", "ominus", "otimes", "oslash",
			"odot", "wedge", "vee", "land", "lor", "cap", "cup", "sqcap", "sqcup", "uplus", "amalg", "setminus",
			"smallsetminus", "dagger", "ddagger", "diamond", "wr", "bmod", "centerdot", "dotplus",
			// relations
			"leq", "le", "geq", "ge", "neq", "ne", "approx", "approxeq", "sim", "simeq", "backsim", "cong", "equiv",
			"propto", "ll", "gg", "lesssim", "gtrsim", "leqslant", "geqslant", "leqq", "geqq", "prec", "succ", "preceq",
			"succeq", "subset", "supset", "subseteq", "supseteq", "in", "notin", "ni", "mid", "nmid", "parallel",
			"nparallel", "perp", "doteq", "triangleq", "asymp", "models", "vdash", "dashv", "not", "lessgtr", "gtrless",
			"nless", "ngtr", "nleq", "ngeq",
			// arrows
			"to", "gets", "rightarrow", "leftarrow", "leftrightarrow", "Rightarrow", "Leftarrow", "Leftrightarrow",
			"longrightarrow", "longleftarrow", "longleftrightarrow", "Longrightarrow", "Longleftarrow",
			"Longleftrightarrow", "mapsto", "longmapsto", "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow",
			"Updownarrow", "nearrow", "searrow", "nwarrow", "swarrow", "implies", "impliedby", "iff",
			"rightleftharpoons", "rightleftarrows", "hookrightarrow", "hookleftarrow", "rightharpoonup",
			// big operators and named functions
			"sum", "prod", "coprod", "int", "iint", "iiint", "iiiint", "oint", "bigcup", "bigcap", "bigoplus",
			"bigotimes", "bigodot", "bigvee", "bigwedge", "bigsqcup", "biguplus", "lim", "limsup", "liminf", "sup",
			"inf", "max", "min", "arg", "det", "exp", "log", "ln", "lg", "sin", "cos", "tan", "cot", "sec", "csc",
			"arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth", "deg", "dim", "gcd", "hom", "ker", "Pr",
			"varlimsup", "varliminf", "limits", "nolimits",
			// other symbols
			"infty", "partial", "nabla", "prime", "backprime", "emptyset", "varnothing", "forall", "exists", "nexists",
			"neg", "lnot", "angle", "measuredangle", "triangle", "square", "blacksquare", "checkmark", "bigstar",
			"hbar", "ell", "wp", "Re", "Im", "aleph", "imath", "jmath", "top", "bot", "therefore", "because", "cdots",
			"ldots", "dots", "vdots", "ddots", "dotsb", "dotsc", "dotsm", "colon", "surd", "clubsuit", "diamondsuit",
			"heartsuit", "spadesuit", "flat", "natural", "sharp",
			// delimiters usable on their own
			"langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "lvert", "rvert", "lVert", "rVert", "vert",
			"Vert", "backslash", "lbrace", "rbrace", "lbrack", "rbrack",
			// spacing, styles and old font switches
			"quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "negthinspace", "negmedspace",
			"negthickspace", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "rm", "bf", "it", "sf",
			"tt", "cal", "nonumber", "notag", "relax",
			// TeX's infix fractions; KaTeX has them too (amsmath only notes "Foreign
			// command" in the log)
			"over", "atop", "choose");

	/** Commands taking math arguments, with how many. */
	static final Map<String, Integer> WITH_ARGUMENTS = new HashMap<>();

	/** Commands whose single argument is typeset in text mode. */
	static final Set<String> TEXT_ARGUMENT = Set.of("text", "textrm", "textit", "textbf", "textsf", "texttt",
			"textnormal", "textup", "emph", "mbox");

	/**
	 * Commands allowed inside a text argument (besides {@link #TEXT_ARGUMENT} and escaped
	 * characters).
	 */
	static final Set<String> IN_TEXT = Set.of("quad", "qquad", "enspace", "thinspace", "textsuperscript",
			"textsubscript", "textdegree", "textmu", "ldots", "dots", "relax");

	/** The \big family: each is followed by one delimiter. */
	static final Set<String> SIZED = Set.of("big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
			"biggr", "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm");

	/** Operators after which \limits and \nolimits are allowed. */
	static final Set<String> OPERATORS = Set.of("sum", "prod", "coprod", "int", "iint", "iiint", "iiiint", "oint",
			"bigcup", "bigcap", "bigoplus", "bigotimes", "bigodot", "bigvee", "bigwedge", "bigsqcup", "biguplus", "lim",
			"limsup", "liminf", "sup", "inf", "max", "min", "det", "gcd", "Pr", "operatorname", "varlimsup",
			"varliminf");

	/**
	 * Delimiters after \left, \right, \middle and the \big family (besides the characters
	 * "()[]|./<>").
	 */
	static final Set<String> DELIMITERS = Set.of("langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "lvert",
			"rvert", "lVert", "rVert", "vert", "Vert", "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow",
			"Updownarrow", "backslash", "lbrace", "rbrace", "lbrack", "rbrack", "{", "}", "|");

	/**
	 * Allowed environments, by the name an author writes, to the name emitted ("" = a
	 * plain group).
	 */
	static final Map<String, String> ENVIRONMENTS = Map.ofEntries(Map.entry("aligned", "aligned"),
			Map.entry("alignedat", "alignedat"), Map.entry("gathered", "gathered"), Map.entry("matrix", "matrix"),
			Map.entry("pmatrix", "pmatrix"), Map.entry("bmatrix", "bmatrix"), Map.entry("Bmatrix", "Bmatrix"),
			Map.entry("vmatrix", "vmatrix"), Map.entry("Vmatrix", "Vmatrix"), Map.entry("smallmatrix", "smallmatrix"),
			Map.entry("cases", "cases"), Map.entry("array", "array"), Map.entry("subarray", "subarray"),
			// Display environments that cannot nest in \[ \]: their inline-able twins. A
			// display is set in a box to fit the line (\fitmath), where split, which
			// amsmath allows only at the top of a display, cannot be either.
			Map.entry("split", "aligned"), Map.entry("align", "aligned"), Map.entry("align*", "aligned"),
			Map.entry("gather", "gathered"), Map.entry("gather*", "gathered"), Map.entry("multline", "gathered"),
			Map.entry("multline*", "gathered"), Map.entry("equation", ""), Map.entry("equation*", ""));

	/**
	 * Control symbols (backslash + one character) allowed in math; "\\" only inside an
	 * alignment.
	 */
	static final String MATH_CONTROL_SYMBOLS = ",;:! {}|%&#$_";

	/** Control symbols allowed in a text argument. */
	static final String TEXT_CONTROL_SYMBOLS = ",;: {}%&#$_";

	static {
		for (String name : new String[] { "sqrt", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb",
				"mathfrak", "mathnormal", "boldsymbol", "pmb", "operatorname", "hat", "widehat", "tilde", "widetilde",
				"bar", "overline", "underline", "vec", "dot", "ddot", "dddot", "acute", "grave", "breve", "check",
				"mathring", "overbrace", "underbrace", "overrightarrow", "overleftarrow", "overleftrightarrow",
				"underrightarrow", "underleftarrow", "phantom", "hphantom", "vphantom", "smash", "boxed", "pmod", "pod",
				"xrightarrow", "xleftarrow", "mathop", "mathbin", "mathrel", "mathord", "mathopen", "mathclose",
				"mathpunct", "mathinner" }) {
			WITH_ARGUMENTS.put(name, 1);
		}
		for (String name : new String[] { "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "overset",
				"underset", "stackrel" }) {
			WITH_ARGUMENTS.put(name, 2);
		}
	}

	private MathCommands() {
	}

	/** Commands that may take an optional [argument] first. */
	static boolean takesOptional(String name) {
		return name.equals("sqrt") || name.equals("xrightarrow") || name.equals("xleftarrow");
	}

}
