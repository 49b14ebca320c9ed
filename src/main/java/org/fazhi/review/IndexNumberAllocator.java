package org.fazhi.review;

import org.fazhi.agency.Agency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns 索引号 {@code {unified code}/{year}-{NNNNN}}: a 5-digit serial per agency and
 * publication year. The increment takes a row lock held to the end of the publishing
 * transaction, so concurrent publications queue on it and a rolled-back one does not
 * leave a duplicate behind.
 */
@Component
public class IndexNumberAllocator {

	private final JdbcTemplate jdbc;

	IndexNumberAllocator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(Agency agency, int year) {
		// ON CONFLICT DO NOTHING makes the first-of-year insert safe when two
		// publications race.
		this.jdbc.update("insert into index_serial (agency_id, serial_year, last_serial) values (?, ?, 0) "
				+ "on conflict do nothing", agency.getId(), year);
		this.jdbc.update(
				"update index_serial set last_serial = last_serial + 1 where agency_id = ? and serial_year = ?",
				agency.getId(), year);
		Integer serial = this.jdbc.queryForObject(
				"select last_serial from index_serial where agency_id = ? and serial_year = ?", Integer.class,
				agency.getId(), year);
		return format(agency.getUnifiedCode(), year, serial);
	}

	/**
	 * Records that serial {@code serial} of {@code year} is taken (by a report backfilled
	 * with its original index number), so that the next one allocated comes after it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void taken(Agency agency, int year, int serial) {
		this.jdbc.update("insert into index_serial (agency_id, serial_year, last_serial) values (?, ?, 0) "
				+ "on conflict do nothing", agency.getId(), year);
		this.jdbc.update("update index_serial set last_serial = greatest(last_serial, ?) "
				+ "where agency_id = ? and serial_year = ?", serial, agency.getId(), year);
	}

	static String format(String unifiedCode, int year, int serial) {
		if (serial > 99_999) {
			throw new IllegalStateException("Index serials for " + unifiedCode + " in " + year + " are exhausted");
		}
		return "%s/%d-%05d".formatted(unifiedCode, year, serial);
	}

}
