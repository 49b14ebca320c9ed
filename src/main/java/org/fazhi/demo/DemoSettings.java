package org.fazhi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether demo data is loaded; default in {@code application.yml}.
 *
 * @param demoData {@code auto} (the embedded default only), {@code true} or {@code false}
 */
@ConfigurationProperties("fazhi")
record DemoSettings(String demoData) {
}
