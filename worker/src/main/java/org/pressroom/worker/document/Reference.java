package org.pressroom.worker.document;

import java.util.List;

/**
 * One entry of the reference list.
 *
 * @param number its number in the list, from 1, as citations show it ("[3]")
 * @param id APT's reference id, which {@code ref} nodes name as {@code refId}
 * @param anchor the link target both renderings use ("ref-" + the id, made safe and
 * unique)
 * @param content the formatted entry
 */
public record Reference(int number, String id, String anchor, List<Inline> content) {

	public Reference {
		content = List.copyOf(content);
	}

}
