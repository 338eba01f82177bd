package org.pressroom.worker.document;

import java.util.List;

/**
 * One heading of the rendered ATBD and what it holds.
 *
 * @param anchor the id both renderings give the heading ("scientific-theory")
 * @param title the heading as shown, one of APT's
 * @param level 1 for a section, 2 for a subsection, 3 below that
 * @param numbered whether the heading is numbered (front matter is not)
 * @param blocks the body; empty only for a group heading over the subsections that follow
 */
public record Section(String anchor, String title, int level, boolean numbered, List<Block> blocks) {

	public Section {
		blocks = List.copyOf(blocks);
	}

}
