package org.pressroom.worker.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Document;
import org.pressroom.worker.document.Section;

/**
 * How many figures of a document show each image, wherever they sit (lists, table cells).
 */
final class FigureUses implements Block.Visitor<Void> {

	private final Map<String, Integer> uses = new HashMap<>();

	private FigureUses() {
	}

	static Map<String, Integer> of(Document document) {
		FigureUses uses = new FigureUses();
		for (Section section : document.sections()) {
			uses.blocks(section.blocks());
		}
		return Map.copyOf(uses.uses);
	}

	private void blocks(List<Block> blocks) {
		blocks.forEach((block) -> block.accept(this));
	}

	@Override
	public Void paragraph(Block.Paragraph paragraph) {
		return null;
	}

	@Override
	public Void heading(Block.Heading heading) {
		return null;
	}

	@Override
	public Void list(Block.ItemList list) {
		list.items().forEach((item) -> blocks(item.blocks()));
		return null;
	}

	@Override
	public Void displayMath(Block.DisplayMath math) {
		return null;
	}

	@Override
	public Void figure(Block.Figure figure) {
		this.uses.merge(figure.image().objectKey(), 1, Integer::sum);
		return null;
	}

	@Override
	public Void table(Block.Table table) {
		table.rows().forEach((row) -> row.cells().forEach((cell) -> blocks(cell.blocks())));
		return null;
	}

	@Override
	public Void references(Block.References references) {
		return null;
	}

	@Override
	public Void unknown(Block.UnknownBlock unknown) {
		blocks(unknown.blocks());
		return null;
	}

}
