package org.fazhi.notification;

import java.util.List;

import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.springframework.stereotype.Component;

/**
 * Tells a county's reviewers something that is not a report event (a reader's report of
 * an error on a public page): through every channel, like report events; with no county,
 * the admins.
 */
@Component
public class Notices {

	private final UserAccountRepository accounts;

	private final List<NotificationChannel> channels;

	Notices(UserAccountRepository accounts, List<NotificationChannel> channels) {
		this.accounts = accounts;
		this.channels = channels;
	}

	/**
	 * @param countyId the county, or {@code null} for the admins
	 * @param kind the message kind ({@code notification.<kind>} in the bundle)
	 * @param link where the recipient deals with it
	 * @param arguments the message's arguments
	 */
	public void tellCounty(Long countyId, String kind, String link, List<String> arguments) {
		List<UserAccount> recipients = (countyId != null)
				? this.accounts.findByAgencyIdAndRoleAndEnabledTrue(countyId, Role.REVIEWER)
				: this.accounts.findByRoleAndEnabledTrue(Role.ADMIN);
		for (UserAccount recipient : recipients) {
			NotificationChannel.Message message = new NotificationChannel.Message(recipient.getUsername(), kind, null,
					null, link, arguments, null);
			this.channels.forEach((channel) -> channel.deliver(message));
		}
	}

}
