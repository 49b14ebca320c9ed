package org.fazhi.filing;

import jakarta.validation.constraints.NotNull;

/**
 * The year of the report to start.
 *
 * @param year report year
 */
record NewReportForm(@NotNull Integer year) {
}
