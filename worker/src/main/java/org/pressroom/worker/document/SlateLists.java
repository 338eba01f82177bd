package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads Slate lists, at most {@link DocumentReader#MAX_LIST_DEPTH} deep (LaTeX's limit is
 * four of itemize and of enumerate; one limit for both renderings keeps them alike). A
 * list nested deeper is lifted into the deepest allowed one, its items after the item
 * that held it, each labelled with its own marker ("3.", "–") so that its order shows,
 * with one warning. Items that show nothing are left out, and so is a list without items.
 */
final class SlateLists {

	private final SlateBlocks blocks;

	SlateLists(SlateBlocks blocks) {
		this.blocks = blocks;
	}

	/**
	 * The list as a block. Inside {@code listDepth} = the maximum of lists, where no list
	 * can be (a table cell or an unknown element in the deepest list), its items become
	 * paragraphs, labelled.
	 */
	void list(JsonNode node, int level, int listDepth, List<Block> out) {
		if (listDepth >= DocumentReader.MAX_LIST_DEPTH) {
			for (Block.Item item : lifted(node, level, listDepth)) {
				out.addAll(labelled(item));
			}
			return;
		}
		List<Block.Item> items = items(node, level, listDepth + 1);
		if (!items.isEmpty()) {
			out.add(new Block.ItemList(Slate.type(node).equals("ol"), items));
		}
	}

	/**
	 * The items of a list at {@code depth} (1 for a top-level list). At the maximum
	 * depth, a nested list's items are lifted into this one.
	 */
	private List<Block.Item> items(JsonNode list, int level, int depth) {
		List<Block.Item> items = new ArrayList<>();
		for (JsonNode item : list.path("children")) {
			if (!item.isObject()) {
				continue;
			}
			List<Block> content = new ArrayList<>();
			List<Block.Item> lifted = new ArrayList<>();
			List<JsonNode> children = Slate.type(item).equals("li") ? toList(item.path("children")) : List.of(item);
			for (JsonNode child : children) {
				String type = child.isObject() ? Slate.type(child) : "";
				if (depth >= DocumentReader.MAX_LIST_DEPTH && (type.equals("ul") || type.equals("ol"))) {
					lifted.addAll(lifted(child, level, depth));
				}
				else if (lifted.isEmpty()) {
					this.blocks.block(child, level, depth, content);
				}
				else {
					// Blocks after a lifted list stay with the last item lifted.
					Block.Item last = lifted.remove(lifted.size() - 1);
					List<Block> more = new ArrayList<>(last.blocks());
					this.blocks.block(child, level, depth, more);
					lifted.add(new Block.Item(last.label(), more));
				}
			}
			if (!content.isEmpty()) {
				items.add(new Block.Item(null, content));
			}
			items.addAll(lifted);
		}
		return items;
	}

	/**
	 * A list too deep for its place: its items (and theirs) labelled, to join the
	 * enclosing list.
	 */
	private List<Block.Item> lifted(JsonNode list, int level, int depth) {
		Reading reading = this.blocks.reading();
		reading.warn(Warnings.listTooDeep(reading.where, DocumentReader.MAX_LIST_DEPTH));
		boolean ordered = Slate.type(list).equals("ol");
		List<Block.Item> labelled = new ArrayList<>();
		int number = 0;
		for (Block.Item item : items(list, level, depth)) {
			if (item.label() == null) {
				number++;
				labelled.add(new Block.Item(ordered ? number + "." : "\u2013", item.blocks()));
			}
			else {
				labelled.add(item);
			}
		}
		return labelled;
	}

	/**
	 * The item's blocks with its label at the start of the first paragraph (or as a
	 * paragraph of its own).
	 */
	private static List<Block> labelled(Block.Item item) {
		List<Block> out = new ArrayList<>(item.blocks());
		Inline label = new Inline.Text(item.label() + " ", Marks.NONE);
		if (!out.isEmpty() && out.get(0) instanceof Block.Paragraph first) {
			List<Inline> content = new ArrayList<>(first.content());
			content.add(0, label);
			out.set(0, new Block.Paragraph(content));
		}
		else {
			out.add(0, new Block.Paragraph(List.of(new Inline.Text(item.label(), Marks.NONE))));
		}
		return out;
	}

	private static List<JsonNode> toList(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

}
