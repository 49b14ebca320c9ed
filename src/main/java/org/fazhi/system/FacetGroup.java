package org.fazhi.system;

import java.util.List;

/**
 * One group of filters beside a list of results (by year, by topic, by region, by part),
 * as the facet partial ({@code fragments/facets}) draws it on the search and browse pages
 * alike.
 *
 * @param titleKey message key of the group's heading
 * @param links its values
 */
public record FacetGroup(String titleKey, List<Link> links) {

	/**
	 * One value to filter by.
	 *
	 * @param label what readers see
	 * @param count matching reports, or {@link #NO_COUNT} for a link that clears the
	 * filter
	 * @param href where choosing it leads (a path with its query)
	 * @param current whether it is the filter in force
	 */
	public record Link(String label, long count, String href, boolean current) {

		/** The count of a link that is not a value ("不限年度"). */
		public static final long NO_COUNT = -1;

		public boolean hasCount() {
			return this.count != NO_COUNT;
		}

	}

}
