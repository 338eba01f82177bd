package org.pressroom.worker.document;

/**
 * The marks of a run of text. Superscript and subscript exclude each other; superscript
 * wins, as both renderings can show only one.
 */
public record Marks(boolean bold, boolean italic, boolean underline, boolean superscript, boolean subscript) {

	public static final Marks NONE = new Marks(false, false, false, false, false);

	public static final Marks BOLD = new Marks(true, false, false, false, false);

	public static final Marks ITALIC = new Marks(false, true, false, false, false);

	public Marks {
		subscript = subscript && !superscript;
	}

}
