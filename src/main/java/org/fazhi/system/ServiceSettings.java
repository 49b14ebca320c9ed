package org.fazhi.system;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the service as a whole; defaults in {@code application.yml}, each described
 * in the README's configuration table.
 *
 * @param dataDir where the embedded database, the search index and the audit file live
 * @param zone the time zone of dates, deadlines and index-number years: read through the
 * {@link java.time.Clock}, never directly
 */
@ConfigurationProperties("fazhi")
public record ServiceSettings(Path dataDir, ZoneId zone) {
}
