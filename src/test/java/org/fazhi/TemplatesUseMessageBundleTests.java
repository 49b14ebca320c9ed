package org.fazhi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text comes from the message bundle: templates contain no Chinese of their
 * own, and every message key they name exists.
 */
class TemplatesUseMessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	// Static keys only: #{some.key} or #{some.key(args)}; dynamic ones (#{${...}}) are
	// skipped.
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void templatesContainNoLiteralChinese() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (HAN.matcher(lines.get(i)).find()) {
					offenders.add(TEMPLATES.relativize(template) + ":" + (i + 1));
				}
			}
		}
		assertThat(offenders).as("lines with literal Chinese; use #{key} from messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (m.find()) {
				if (!messages.containsKey(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyIsDefinedOnce() throws IOException {
		// A second definition silently wins over the first: two sentences for one key.
		Map<String, Long> counts = Files.readAllLines(Path.of("src/main/resources/messages.properties"))
			.stream()
			.filter((line) -> line.contains("=") && !line.startsWith("#"))
			.map((line) -> line.substring(0, line.indexOf('=')).strip())
			.collect(Collectors.groupingBy((key) -> key, Collectors.counting()));
		assertThat(counts.entrySet().stream().filter((e) -> e.getValue() > 1).map(Map.Entry::getKey))
			.as("keys defined more than once")
			.isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> html = files.filter((p) -> p.toString().endsWith(".html")).toList();
			assertThat(html).isNotEmpty();
			return html;
		}
	}

}
