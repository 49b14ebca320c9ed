package org.fazhi.notification;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.Agency;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportEvent;
import org.fazhi.system.DisplayFormats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the right people about report events once the change is committed: reviewers of
 * the county about submissions, the township's clerks about returns, remarks,
 * publications and withdrawals.
 */
@Component
class Notifier {

	private static final Log logger = LogFactory.getLog(Notifier.class);

	private final ReportEditionRepository editions;

	private final UserAccountRepository accounts;

	private final List<NotificationChannel> channels;

	private final DisplayFormats formats;

	Notifier(ReportEditionRepository editions, UserAccountRepository accounts, List<NotificationChannel> channels,
			DisplayFormats formats) {
		this.editions = editions;
		this.accounts = accounts;
		this.channels = channels;
		this.formats = formats;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ReportEvent event) {
		try {
			notify(event);
		}
		catch (RuntimeException ex) {
			// The decision itself is committed; a lost notification must not turn it into
			// an error.
			logger.warn("Could not notify about " + event, ex);
		}
	}

	private void notify(ReportEvent event) {
		ReportEdition edition = this.editions.findWithSectionsById(event.editionId()).orElseThrow();
		Agency township = edition.getReport().getAgency();
		String title = edition.getTitle();
		String detail = (event.detail() != null) ? event.detail() : "";
		switch (event.kind()) {
			case SUBMITTED, RESUBMITTED -> {
				Agency county = township.overseeingCounty();
				if (county != null) {
					send(users(county, Role.REVIEWER), event, "/review/editions/" + edition.getId(),
							List.of(township.getFullName(), title));
				}
			}
			case PUBLISHED -> send(users(township, Role.CLERK), event, "/reports/" + edition.getReport().getId(),
					List.of(title, String.valueOf(edition.getReport().getIndexNumber())));
			case SCHEDULED -> send(users(township, Role.CLERK), event, "/filing/editions/" + edition.getId(),
					List.of(title, this.formats.dateTime(edition.getScheduledFor())));
			case RETURNED ->
				send(users(township, Role.CLERK), event, (event.remarks() > 0) ? "RETURNED_WITH_REMARKS" : "RETURNED",
						"/filing/editions/" + edition.getId() + "#remarks",
						List.of(title, detail, Long.toString(event.remarks())));
			case WITHDRAWN ->
				send(users(township, Role.CLERK), event, "/filing/editions/" + edition.getId(), List.of(title, detail));
		}
	}

	private List<String> users(Agency agency, Role role) {
		return this.accounts.findByAgencyIdAndRoleAndEnabledTrue(agency.getId(), role)
			.stream()
			.map(UserAccount::getUsername)
			.toList();
	}

	private void send(List<String> recipients, ReportEvent event, String link, List<String> arguments) {
		send(recipients, event, event.kind().name(), link, arguments);
	}

	private void send(List<String> recipients, ReportEvent event, String kind, String link, List<String> arguments) {
		for (String recipient : recipients) {
			if (recipient.equals(event.actor())) {
				continue;
			}
			NotificationChannel.Message message = new NotificationChannel.Message(recipient, kind, event.reportId(),
					event.editionId(), link, arguments, null);
			this.channels.forEach((channel) -> channel.deliver(message));
		}
	}

}
