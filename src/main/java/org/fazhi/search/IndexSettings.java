package org.fazhi.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search index's settings; defaults in {@code application.yml}, each described in the
 * README's configuration table.
 *
 * @param path the index directory (rebuildable from the database)
 * @param searchTimeout how long one search may run before it stops with what it has
 * @param outboxRetention how long applied outbox rows are kept
 * @param pollInterval how often other instances' changes are picked up
 * @param pruneInterval how often old outbox rows are deleted
 */
@ConfigurationProperties("fazhi.index")
record IndexSettings(Path path, Duration searchTimeout, Duration outboxRetention, Duration pollInterval,
		Duration pruneInterval) {
}
