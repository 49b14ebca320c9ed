package org.fazhi.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.system.FieldLimits;

/**
 * What a password must be (at least 10 characters, not the username, not a common
 * password) and how passwords are generated for new and reset accounts.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = FieldLimits.PASSWORD;

	// No 0/O, 1/l/I: generated passwords are read off a screen and typed.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/**
	 * Why {@code password} may not be used, as a message key, or empty if it may.
	 */
	public static Optional<String> problem(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * 14 random characters (about 81 bits).
	 */
	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private static Set<String> load() {
		try (InputStream in = PasswordRules.class.getResourceAsStream("/account/common-passwords.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
