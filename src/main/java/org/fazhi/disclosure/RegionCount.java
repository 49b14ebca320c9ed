package org.fazhi.disclosure;

import java.util.List;

/**
 * A region in a browse tree with the number of published reports at or below it.
 *
 * @param code the agency's unified code (its URL key)
 * @param name short name
 * @param count published reports at or below it
 * @param children regions below it that are shown
 */
record RegionCount(String code, String name, long count, List<RegionCount> children) {
}
