package org.pressroom.worker.document;

import java.util.List;

/**
 * A block of a section's body. The set is closed: writers implement {@link Visitor}, so a
 * new block type is a compile error in each of them until it is handled.
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.ItemList, Block.DisplayMath, Block.Figure,
		Block.Table, Block.References, Block.UnknownBlock {

	<R> R accept(Visitor<R> visitor);

	/** What a writer does with each block type. */
	interface Visitor<R> {

		R paragraph(Paragraph paragraph);

		R heading(Heading heading);

		R list(ItemList list);

		R displayMath(DisplayMath math);

		R figure(Figure figure);

		R table(Table table);

		R references(References references);

		R unknown(UnknownBlock unknown);

	}

	/** Running text; never empty, and neither starts nor ends with a line break. */
	record Paragraph(List<Inline> content) implements Block {

		public Paragraph {
			content = List.copyOf(content);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.paragraph(this);
		}

	}

	/**
	 * A heading inside rich text (APT's sub-section).
	 *
	 * @param level its depth in the outline: the level of the section that holds it plus
	 * one
	 * @param anchor its link target, unique in the document
	 * @param plain its text without marks, for tables of contents and bookmarks
	 */
	record Heading(int level, String anchor, String plain, List<Inline> content) implements Block {

		public Heading {
			content = List.copyOf(content);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.heading(this);
		}

	}

	/**
	 * A bulleted or numbered list, nested at most {@link DocumentReader#MAX_LIST_DEPTH}
	 * deep.
	 */
	record ItemList(boolean ordered, List<Item> items) implements Block {

		public ItemList {
			items = List.copyOf(items);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.list(this);
		}

	}

	/**
	 * One item of a list.
	 *
	 * @param label the marker to show instead of the list's own ("3.", "–"): items of a
	 * list nested too deep are lifted into the deepest allowed one and keep their place
	 * by this label; {@code null} for the list's own
	 */
	record Item(String label, List<Block> blocks) {

		public Item {
			blocks = List.copyOf(blocks);
		}

	}

	record DisplayMath(Equation equation) implements Block {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.displayMath(this);
		}

	}

	/** An image and its caption ({@code null} for none). */
	record Figure(Image image, Caption caption) implements Block {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.figure(this);
		}

	}

	/**
	 * A table: a header row repeated on every page ({@code null} for none), body rows
	 * (padded to the same number of cells, at least one) and a caption ({@code null} for
	 * none), which goes above the table.
	 */
	record Table(Row header, List<Row> rows, Caption caption) implements Block {

		public Table {
			rows = List.copyOf(rows);
		}

		public int columns() {
			return (this.header != null) ? this.header.cells().size() : this.rows.get(0).cells().size();
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.table(this);
		}

	}

	record Row(List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	record Cell(List<Block> blocks) {

		public Cell {
			blocks = List.copyOf(blocks);
		}

	}

	/** A caption and its text without marks, for lists of figures and alt texts. */
	record Caption(List<Inline> content, String plain) {

		public Caption {
			content = List.copyOf(content);
		}

	}

	/** The numbered reference list. */
	record References(List<Reference> entries) implements Block {

		public References {
			entries = List.copyOf(entries);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.references(this);
		}

	}

	/**
	 * An element type the reader does not know: its content is shown, and the type was
	 * warned about once.
	 */
	record UnknownBlock(String type, List<Block> blocks) implements Block {

		public UnknownBlock {
			blocks = List.copyOf(blocks);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.unknown(this);
		}

	}

}
