package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The items a part lists — plans, problems — however the report numbers them: （一）, 1.,
 * 一是, 二是 …, several on one line or one per line. Each keeps the paragraph it is in, so
 * that a page can link to it.
 */
public final class ListItems {

	/** Where one item ends and the next begins: （一）, 1., 一是, 二是 … */
	private static final Pattern ITEM_START = Pattern
		.compile("(?=[（(][一二三四五六七八九十\\d]{1,3}[）)])|(?=(?<![\\d.])\\d{1,2}[、.．](?!\\d))|(?=[一二三四五六七八九十]是)");

	/** The numbering an item starts with. */
	private static final Pattern NUMBERING = Pattern
		.compile("^([（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．]|[一二三四五六七八九十]是)\\s*");

	/** Items shorter than this (characters) are headings, not items. */
	static final int SHORTEST_ITEM = 12;

	private ListItems() {
	}

	/**
	 * One item.
	 *
	 * @param text the item, numbering included
	 * @param paragraph the paragraph it is in, from 1, blank lines not counted
	 */
	public record Item(String text, int paragraph) {

		/** The item without its numbering. */
		public String unnumbered() {
			return NUMBERING.matcher(this.text).replaceFirst("");
		}

	}

	public static List<Item> of(String body) {
		List<Item> items = new ArrayList<>();
		if (body == null) {
			return items;
		}
		int paragraph = 0;
		for (String line : body.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			paragraph++;
			for (String piece : ITEM_START.split(line.strip())) {
				String item = piece.strip();
				if (ContentsCheck.substance(item) >= SHORTEST_ITEM) {
					items.add(new Item(item, paragraph));
				}
			}
		}
		return items;
	}

}
