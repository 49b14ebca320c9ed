package org.fazhi.disclosure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a rendered public page is answered from memory; default in
 * {@code application.yml}. Zero turns the copies off.
 *
 * @param pageCache the longest a copy is answered (it is dropped sooner when what the
 * public sees changes)
 */
@ConfigurationProperties("fazhi.disclosure")
record PageCacheSettings(Duration pageCache) {

	boolean enabled() {
		return this.pageCache != null && !this.pageCache.isZero() && !this.pageCache.isNegative();
	}

}
