package org.fazhi.report;

/**
 * What the public can see of a report changed: an edition was published, archived or
 * withdrawn. Published inside the transaction that makes the change, so that a listener
 * can record it in the same transaction (the search outbox does).
 *
 * @param reportId the report
 */
public record ReportPublicStateChanged(Long reportId) {
}
