package org.pressroom.worker.document;

import java.util.List;

/**
 * The text of blocks and inlines without marks, equations as their source: for alt texts
 * and for sizing columns.
 */
public final class PlainText implements Block.Visitor<Void>, Inline.Visitor<Void> {

	private final StringBuilder out = new StringBuilder();

	private PlainText() {
	}

	public static String ofBlocks(List<Block> blocks) {
		PlainText text = new PlainText();
		blocks.forEach((block) -> block.accept(text));
		return text.out.toString().strip();
	}

	public static String of(List<Inline> content) {
		PlainText text = new PlainText();
		content.forEach((inline) -> inline.accept(text));
		return text.out.toString().strip();
	}

	private void blocks(List<Block> blocks) {
		blocks.forEach((block) -> block.accept(this));
	}

	private void inlines(List<Inline> content) {
		content.forEach((inline) -> inline.accept(this));
	}

	private void space() {
		if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != ' ') {
			this.out.append(' ');
		}
	}

	@Override
	public Void paragraph(Block.Paragraph paragraph) {
		inlines(paragraph.content());
		space();
		return null;
	}

	@Override
	public Void heading(Block.Heading heading) {
		inlines(heading.content());
		space();
		return null;
	}

	@Override
	public Void list(Block.ItemList list) {
		list.items().forEach((item) -> blocks(item.blocks()));
		return null;
	}

	@Override
	public Void displayMath(Block.DisplayMath math) {
		this.out.append(math.equation().source());
		space();
		return null;
	}

	@Override
	public Void figure(Block.Figure figure) {
		if (figure.caption() != null) {
			this.out.append(figure.caption().plain());
			space();
		}
		return null;
	}

	@Override
	public Void table(Block.Table table) {
		table.rows().forEach((row) -> row.cells().forEach((cell) -> blocks(cell.blocks())));
		return null;
	}

	@Override
	public Void references(Block.References references) {
		references.entries().forEach((entry) -> {
			inlines(entry.content());
			space();
		});
		return null;
	}

	@Override
	public Void unknown(Block.UnknownBlock unknown) {
		blocks(unknown.blocks());
		return null;
	}

	@Override
	public Void text(Inline.Text text) {
		this.out.append(text.text());
		return null;
	}

	@Override
	public Void lineBreak(Inline.LineBreak lineBreak) {
		space();
		return null;
	}

	@Override
	public Void link(Inline.Link link) {
		inlines(link.label());
		return null;
	}

	@Override
	public Void citation(Inline.Citation citation) {
		this.out.append(citation.resolved() ? "[" + citation.number() + "]" : "[?]");
		return null;
	}

	@Override
	public Void math(Inline.InlineMath math) {
		this.out.append(math.equation().source());
		return null;
	}

	@Override
	public Void unknown(Inline.UnknownInline unknown) {
		inlines(unknown.content());
		return null;
	}

}
