package org.fazhi.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fazhi.disclosure.PublicUrls;
import org.fazhi.report.EditionState;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportPublicStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one delivery per receiver when a report's public state changes, in the same
 * transaction as the change (this listener runs inside it): a rolled-back publication
 * pushes nothing, a committed one cannot lose its push. What is sent is decided now — the
 * report as the public sees it after the change.
 */
@Component
class WebhookOutbox {

	private final WebhookSettings settings;

	private final WebhookDeliveryRepository deliveries;

	private final ReportEditionRepository editions;

	private final PublicUrls urls;

	private final JsonMapper json;

	private final Clock clock;

	WebhookOutbox(WebhookSettings settings, WebhookDeliveryRepository deliveries, ReportEditionRepository editions,
			PublicUrls urls, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.deliveries = deliveries;
		this.editions = editions;
		this.urls = urls;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReportPublicStateChanged change) {
		if (this.settings.receivers().isEmpty()) {
			return;
		}
		Optional<ReportEdition> published = this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(change.reportId(), EditionState.PUBLISHED);
		Optional<ReportEdition> shown = published.or(() -> this.editions
			.findFirstByReportIdAndStateOrderByEditionNumberDesc(change.reportId(), EditionState.WITHDRAWN));
		if (shown.isEmpty()) {
			return;
		}
		ReportEdition edition = shown.get();
		String event = published.isEmpty() ? "withdrawn" : edition.isCorrection() ? "corrected" : "published";
		Instant now = this.clock.instant();
		String payload = this.json.writeValueAsString(payload(event, edition, now));
		for (WebhookSettings.Receiver receiver : this.settings.receivers()) {
			this.deliveries.save(new WebhookDelivery(receiver.url(), event, change.reportId(), payload, now));
		}
	}

	private Map<String, Object> payload(String event, ReportEdition edition, Instant now) {
		Report report = edition.getReport();
		String base = this.urls.base();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", report.getId());
		body.put("url", base + "/reports/" + report.getId());
		body.put("api", base + "/api/v1/reports/" + report.getId());
		body.put("title", edition.getTitle());
		body.put("agency", report.getAgency().getFullName());
		body.put("agencyCode", report.getAgency().getUnifiedCode());
		if (report.getAgency().getParent() != null) {
			body.put("county", report.getAgency().getParent().getFullName());
			body.put("countyCode", report.getAgency().getParent().getUnifiedCode());
		}
		body.put("year", report.getYear());
		body.put("indexNumber", report.getIndexNumber());
		body.put("edition", edition.getEditionNumber());
		body.put("publishedAt", instant(edition.getPublishedAt()));
		if (edition.getWithdrawnAt() != null) {
			body.put("withdrawnAt", instant(edition.getWithdrawnAt()));
			body.put("withdrawalReason", edition.getWithdrawalReason());
		}
		if (edition.getCorrectionNote() != null) {
			body.put("correctionNote", edition.getCorrectionNote());
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("event", event);
		payload.put("occurredAt", instant(now));
		payload.put("report", body);
		return payload;
	}

	private static String instant(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : null;
	}

}
