package org.fazhi.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account; default in {@code application.yml}.
 *
 * @param password its password when it is created; empty to generate one and print it
 * once to the log
 */
@ConfigurationProperties("fazhi.admin")
record AdminSettings(String password) {
}
