package org.fazhi.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and session settings; defaults in {@code application.yml}, each described in
 * the README's configuration table.
 *
 * @param sessionAbsoluteTimeout however active, a session ends this long after sign-in
 * @param login the limits on failed sign-ins
 */
@ConfigurationProperties("fazhi.security")
record SecuritySettings(Duration sessionAbsoluteTimeout, Login login) {

	/**
	 * Limits on failed sign-ins.
	 *
	 * @param failuresBeforeLock failures of one account name before it is locked
	 * @param lockDuration how long that lock lasts
	 * @param failuresPerAddress failures from one client address, across names, before it
	 * must wait
	 * @param addressWindow the window of that limit
	 */
	record Login(int failuresBeforeLock, Duration lockDuration, int failuresPerAddress, Duration addressWindow) {
	}

}
