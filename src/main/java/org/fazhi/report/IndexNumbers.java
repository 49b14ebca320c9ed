package org.fazhi.report;

import org.fazhi.agency.Agency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out {@link IndexNumber}s: one serial counter per agency and publication year. The
 * increment takes a row lock held to the end of the publishing transaction, so concurrent
 * publications queue on it and a rolled-back one does not leave a duplicate behind.
 */
@Component
class IndexNumbers {

	private final JdbcTemplate jdbc;

	IndexNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	IndexNumber next(Agency agency, int year) {
		createCounter(agency, year);
		this.jdbc.update(
				"update index_serial set last_serial = last_serial + 1 where agency_id = ? and serial_year = ?",
				agency.getId(), year);
		Integer serial = this.jdbc.queryForObject(
				"select last_serial from index_serial where agency_id = ? and serial_year = ?", Integer.class,
				agency.getId(), year);
		if (serial > IndexNumber.MAX_SERIAL) {
			throw new IllegalStateException(
					"Index serials for " + agency.getUnifiedCode() + " in " + year + " are exhausted");
		}
		return new IndexNumber(agency.getUnifiedCode(), year, serial);
	}

	/**
	 * Records that {@code number}, in the agency's own series, is taken (by a report
	 * backfilled with its original index number), so that the next one given comes after
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void taken(Agency agency, IndexNumber number) {
		createCounter(agency, number.year());
		this.jdbc.update("update index_serial set last_serial = greatest(last_serial, ?) "
				+ "where agency_id = ? and serial_year = ?", number.serial(), agency.getId(), number.year());
	}

	private void createCounter(Agency agency, int year) {
		// ON CONFLICT DO NOTHING makes the first-of-year insert safe when two
		// publications race.
		this.jdbc.update("insert into index_serial (agency_id, serial_year, last_serial) values (?, ?, 0) "
				+ "on conflict do nothing", agency.getId(), year);
	}

}
