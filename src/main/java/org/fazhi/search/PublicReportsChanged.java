package org.fazhi.search;

import java.util.Set;

/**
 * What the public can see of some reports changed, as this instance learned it from the
 * outbox (publications, corrections, withdrawals made through any instance): announced
 * after the index applied the change, so that whatever keeps copies of public pages can
 * drop them.
 *
 * @param reportIds the reports, or empty after a rebuild (everything may have changed)
 */
public record PublicReportsChanged(Set<Long> reportIds) {
}
