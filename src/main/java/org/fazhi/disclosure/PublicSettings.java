package org.fazhi.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the public reaches the service; default (empty) in {@code application.yml}.
 *
 * @param publicUrl the address feeds, sitemaps and the API write absolute links with
 */
@ConfigurationProperties("fazhi")
record PublicSettings(String publicUrl) {
}
