package org.fazhi.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where a browser can be had — Debian's Chromium on this machine, or a
 * Playwright browser container when a Docker engine is there — and otherwise reports them
 * skipped with the reason and how to run them. With
 * {@code -Dfazhi.browser-tests=required} (as {@code .ci/run} and the GitHub workflow set
 * it) they always run, so a missing browser fails the build instead of passing it
 * silently.
 */
public class BrowserAvailable implements ExecutionCondition {

	static final String REQUIRED = "fazhi.browser-tests";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("required".equals(System.getProperty(REQUIRED))) {
			return ConditionEvaluationResult.enabled("browser tests required");
		}
		if (Files.isExecutable(Browser.CHROMIUM)) {
			return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
		}
		if (PostgresTestConfiguration.dockerAvailable()) {
			return ConditionEvaluationResult.enabled("a Playwright browser container on Docker");
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + Browser.CHROMIUM
				+ " and no Docker engine. To run them, install Debian's chromium and fonts-noto-cjk "
				+ "(apt-get install chromium fonts-noto-cjk, as .ci/run does) or start Docker.");
	}

}
