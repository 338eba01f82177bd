package org.pressroom.worker.html;

import java.util.List;

import org.jsoup.nodes.Element;
import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Reference;

/**
 * Blocks as HTML elements: paragraphs, lists, headings (one level below the section that
 * holds them, down to h6), display equations, figures ({@link HtmlImages}), tables
 * (caption first, in a box that scrolls sideways rather than run off the page) and the
 * reference list.
 */
final class HtmlBlocks implements Block.Visitor<Void> {

	private final HtmlInlines inlines = new HtmlInlines();

	private final HtmlImages images;

	private Element parent;

	private String where = "";

	HtmlBlocks(HtmlImages images) {
		this.images = images;
	}

	/** Appends the blocks of the section titled {@code where} to {@code parent}. */
	void write(List<Block> blocks, Element parent, String where) {
		this.where = where;
		write(blocks, parent);
	}

	private void write(List<Block> blocks, Element parent) {
		Element outer = this.parent;
		this.parent = parent;
		blocks.forEach((block) -> block.accept(this));
		this.parent = outer;
	}

	@Override
	public Void paragraph(Block.Paragraph paragraph) {
		this.inlines.write(paragraph.content(), this.parent.appendElement("p"));
		return null;
	}

	@Override
	public Void heading(Block.Heading heading) {
		this.inlines.write(heading.content(),
				this.parent.appendElement("h" + Math.min(heading.level() + 1, 6)).id(heading.anchor()));
		return null;
	}

	@Override
	public Void list(Block.ItemList list) {
		Element element = this.parent.appendElement(list.ordered() ? "ol" : "ul");
		for (Block.Item item : list.items()) {
			Element li = element.appendElement("li");
			if (item.label() != null) {
				li.addClass("labelled").appendElement("span").addClass("label").text(item.label());
			}
			write(item.blocks(), li);
		}
		return null;
	}

	@Override
	public Void displayMath(Block.DisplayMath math) {
		HtmlInlines.math(math.equation(), this.parent, true);
		return null;
	}

	@Override
	public Void figure(Block.Figure figure) {
		String alt = (figure.caption() != null) ? figure.caption().plain() : figure.image().objectKey();
		this.images.figure(figure, this.parent, this.where, alt);
		Element element = this.parent.children().last();
		if (figure.caption() != null) {
			this.inlines.write(figure.caption().content(), element.appendElement("figcaption"));
		}
		return null;
	}

	@Override
	public Void table(Block.Table table) {
		Element figure = this.parent.appendElement("figure").addClass("table");
		if (table.caption() != null) {
			this.inlines.write(table.caption().content(), figure.appendElement("figcaption"));
		}
		Element element = figure.appendElement("div").addClass("table-scroll").appendElement("table");
		if (table.header() != null) {
			Element row = element.appendElement("thead").appendElement("tr");
			table.header().cells().forEach((cell) -> write(cell.blocks(), row.appendElement("th")));
		}
		Element body = element.appendElement("tbody");
		for (Block.Row row : table.rows()) {
			Element tr = body.appendElement("tr");
			row.cells().forEach((cell) -> write(cell.blocks(), tr.appendElement("td")));
		}
		return null;
	}

	@Override
	public Void references(Block.References references) {
		Element list = this.parent.appendElement("ol").addClass("references");
		for (Reference reference : references.entries()) {
			Element item = list.appendElement("li").id(reference.anchor());
			item.appendElement("span").addClass("label").text("[" + reference.number() + "] ");
			this.inlines.write(reference.content(), item);
		}
		return null;
	}

	@Override
	public Void unknown(Block.UnknownBlock unknown) {
		write(unknown.blocks(), this.parent);
		return null;
	}

}
