package org.fazhi.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadline reminders; defaults in {@code application.yml}.
 *
 * @param reminderCron when the daily reminders go out, in the service's time zone
 * @param reminderDays how many days before the submission deadline they start
 */
@ConfigurationProperties("fazhi.notifications")
record ReminderSettings(String reminderCron, int reminderDays) {
}
