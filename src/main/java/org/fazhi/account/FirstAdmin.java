package org.fazhi.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.system.Messages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a fresh installation can be administered: when no admin exists, creates
 * {@code admin} with the password from {@code FAZHI_ADMIN_PASSWORD}, or generates one and
 * prints it to the log this once.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String configuredPassword;

	private final Messages messages;

	FirstAdmin(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock, AdminSettings settings,
			Messages messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.configuredPassword = (settings.password() != null) ? settings.password() : "";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generatePassword() : this.configuredPassword;
		this.accounts.save(new UserAccount("admin", this.messages.text("account.firstAdmin.name"),
				this.encoder.encode(password), Role.ADMIN, null, this.clock.instant()));
		if (generated) {
			logger.warn("Created the first admin account 'admin' with the generated password: " + password
					+ " (shown only this once: store it safely)");
		}
		else {
			logger.info("Created the first admin account 'admin' with the password from FAZHI_ADMIN_PASSWORD");
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
