package org.pressroom.worker.document;

import java.util.List;

/**
 * Inline content of a paragraph, heading, caption or link. The set is closed: writers
 * implement {@link Visitor}, so a new inline type is a compile error in each of them
 * until it is handled.
 */
public sealed interface Inline
		permits Inline.Text, Inline.LineBreak, Inline.Link, Inline.Citation, Inline.InlineMath, Inline.UnknownInline {

	<R> R accept(Visitor<R> visitor);

	/** What a writer does with each inline type. */
	interface Visitor<R> {

		R text(Text text);

		R lineBreak(LineBreak lineBreak);

		R link(Link link);

		R citation(Citation citation);

		R math(InlineMath math);

		R unknown(UnknownInline unknown);

	}

	/**
	 * A run of text with its marks: never empty, no line breaks, no control characters.
	 */
	record Text(String text, Marks marks) implements Inline {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.text(this);
		}

	}

	/**
	 * A line break inside a paragraph (a space where only one line can be set, as in a
	 * heading).
	 */
	record LineBreak() implements Inline {

		public static final LineBreak INSTANCE = new LineBreak();

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.lineBreak(this);
		}

	}

	/**
	 * A clickable link.
	 *
	 * @param target a URL {@link Links} allows, or an anchor of this document when
	 * {@code internal}
	 * @param internal whether the target is an anchor (without "#")
	 * @param label what is shown, never empty
	 */
	record Link(String target, boolean internal, List<Inline> label) implements Inline {

		public Link {
			label = List.copyOf(label);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.link(this);
		}

	}

	/**
	 * A citation of the reference list, shown as "[3]" linking to the reference; number 0
	 * and anchor {@code null} when it names no reference of the list (shown as "[?]").
	 */
	record Citation(int number, String anchor) implements Inline {

		public static final Citation UNRESOLVED = new Citation(0, null);

		public boolean resolved() {
			return this.number > 0;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.citation(this);
		}

	}

	record InlineMath(Equation equation) implements Inline {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.math(this);
		}

	}

	/**
	 * An element type the reader does not know: its content is shown, and the type was
	 * warned about once.
	 */
	record UnknownInline(String type, List<Inline> content) implements Inline {

		public UnknownInline {
			content = List.copyOf(content);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.unknown(this);
		}

	}

}
