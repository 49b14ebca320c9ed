package org.fazhi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase banks of {@code demo/phrases.txt}: sentences townships write, grouped by
 * what they are (a measure of one topic, a problem with its cause, a plan item), with
 * placeholders filled from a seeded random source so that the same seed always writes the
 * same text.
 */
final class PhraseBank {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(\\d+)-(\\d+))?}");

	private final Map<String, List<String>> banks;

	private PhraseBank(Map<String, List<String>> banks) {
		this.banks = banks;
	}

	static PhraseBank load() {
		try (InputStream in = PhraseBank.class.getResourceAsStream("/demo/phrases.txt")) {
			if (in == null) {
				throw new IllegalStateException("demo/phrases.txt is missing from the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PhraseBank parse(String text) {
		Map<String, List<String>> banks = new LinkedHashMap<>();
		List<String> current = null;
		for (String line : text.lines().toList()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = banks.computeIfAbsent(line.substring(1, line.length() - 1), (k) -> new ArrayList<>());
			}
			else if (current != null) {
				current.add(line.strip().replace("\\t", "\t"));
			}
		}
		return new PhraseBank(banks);
	}

	/**
	 * Every template of a bank, in file order; empty when there is no such bank.
	 */
	List<String> all(String bank) {
		return this.banks.getOrDefault(bank, List.of());
	}

	String pick(String bank, Random random) {
		List<String> templates = all(bank);
		if (templates.isEmpty()) {
			throw new IllegalArgumentException("No phrase bank " + bank);
		}
		return templates.get(random.nextInt(templates.size()));
	}

	/**
	 * The template with its placeholders filled: names from {@code names}, numbers and
	 * percentages drawn from their ranges, villages and owners from their banks.
	 */
	String fill(String template, Map<String, String> names, Random random) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String key = m.group(1);
			String value;
			if (m.group(2) != null) {
				int low = Integer.parseInt(m.group(2));
				int high = Integer.parseInt(m.group(3));
				int drawn = low + random.nextInt(high - low + 1);
				value = switch (key) {
					// One decimal, never above 100: rates as reports give them.
					case "pct" -> (drawn >= 100) ? "100%" : "%d.%d%%".formatted(drawn, random.nextInt(10));
					default -> Integer.toString(drawn);
				};
			}
			else if (names.containsKey(key)) {
				value = names.get(key);
			}
			else if (this.banks.containsKey(key)) {
				value = pick(key, random);
			}
			else {
				throw new IllegalArgumentException("Unknown placeholder {" + key + "} in " + template);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

}
