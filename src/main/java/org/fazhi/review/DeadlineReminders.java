package org.fazhi.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.notification.NotificationChannel;
import org.fazhi.report.ReportingCalendar;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Once a day, reminds each county's reviewers (and the township's clerks) of townships
 * that have not yet submitted as the deadline approaches. Each township is announced once
 * per report year and recipient.
 */
@Component
class DeadlineReminders implements SchedulingConfigurer {

	private final AgencyRepository agencies;

	private final UserAccountRepository accounts;

	private final ComplianceBoard board;

	private final List<NotificationChannel> channels;

	private final ReportingCalendar calendar;

	private final ReminderSettings settings;

	DeadlineReminders(AgencyRepository agencies, UserAccountRepository accounts, ComplianceBoard board,
			List<NotificationChannel> channels, ReportingCalendar calendar, ReminderSettings settings) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.board = board;
		this.channels = channels;
		this.calendar = calendar;
		this.settings = settings;
	}

	/**
	 * Daily at the configured time of the service's zone, which like every date here is
	 * the {@link ReportingCalendar}'s (its clock's).
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(
				new CronTask(this::remind, new CronTrigger(this.settings.reminderCron(), this.calendar.zone())));
	}

	/**
	 * Sends the reminders due today.
	 * @return how many townships were reminded about
	 */
	int remind() {
		LocalDate today = this.calendar.today();
		int year = this.calendar.dueYear();
		int reminded = 0;
		for (Agency county : this.agencies.findByLevelOrderByIdAsc(AgencyLevel.COUNTY)) {
			ComplianceBoard.CountyBoard board = this.board.county(county.getId(), year);
			long daysLeft = ChronoUnit.DAYS.between(today, board.submissionDue());
			if (daysLeft < 0 || daysLeft > this.settings.reminderDays()) {
				continue;
			}
			for (ComplianceBoard.Row row : board.rows()) {
				if (row.firstSubmitted() != null) {
					continue;
				}
				List<String> arguments = List.of(row.township(), Integer.toString(year),
						board.submissionDue().toString());
				String key = "deadline:" + year + ":" + row.townshipId();
				send(county, Role.REVIEWER, "DEADLINE_REVIEWER", "/review/compliance?year=" + year, arguments, key);
				Agency township = this.agencies.getReferenceById(row.townshipId());
				send(township, Role.CLERK, "DEADLINE_CLERK", "/filing", arguments, key);
				reminded++;
			}
		}
		return reminded;
	}

	private void send(Agency agency, Role role, String kind, String link, List<String> arguments, String key) {
		for (UserAccount user : this.accounts.findByAgencyIdAndRoleAndEnabledTrue(agency.getId(), role)) {
			NotificationChannel.Message message = new NotificationChannel.Message(user.getUsername(), kind, null, null,
					link, arguments, key);
			this.channels.forEach((channel) -> channel.deliver(message));
		}
	}

}
